import { render } from 'preact';
render(<p>Điện đàm</p>, document.getElementById('app')!);
