import { render } from 'preact';
import { Collection } from '../../components/Collection';
import { db } from '../../components/data';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
document.title = t('collectionTitle');
// The store's code and database start loading while the page renders: the list and the charts
// read it at once (a failure here is left to them: db() tries again and they show the error).
void db().catch(() => undefined);
render(<Collection />, document.getElementById('app')!);
