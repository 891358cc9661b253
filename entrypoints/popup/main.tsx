import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { requestTabStateEarly } from '../../components/data';
import { uiLanguage } from '../../components/i18n';
import '../../components/styles.css';

requestTabStateEarly();
document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
