import { render } from 'preact';
import { MemoPage } from './MemoPage';

const key = new URLSearchParams(location.search).get('key') ?? '';
render(<MemoPage entryKey={key} />, document.getElementById('app')!);
