import { render } from 'preact';
import { Collection } from '../../components/Collection';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
document.title = t('collectionTitle');
render(<Collection />, document.getElementById('app')!);
