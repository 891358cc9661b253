import { render } from 'preact';
import { Collection } from '../../components/Collection';
import { db } from '../../components/data';
import { t, uiLanguage } from '../../components/i18n';
import '../../components/styles.css';
// The store's code (Dexie and the queries) in this page's static graph, so that the browser fetches
// and compiles it with the page's own code rather than once main.tsx asks for it (db() below): the
// list and the charts need it at once. The popup loads it later, after its first render (data.ts).
import '../../lib/store';

document.documentElement.lang = uiLanguage();
document.title = t('collectionTitle');
// The store's code and database start loading while the page renders: the list and the charts
// read it at once (a failure here is left to them: db() tries again and they show the error).
void db().catch(() => undefined);
render(<Collection />, document.getElementById('app')!);
