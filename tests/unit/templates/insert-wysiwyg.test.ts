// Template insertion into the WYSIWYG editor frame exactly as a real Discuz! X3.5 leaves it before typing.
import { afterEach, describe, expect, test } from 'vitest';
import { insertIntoEditor } from '@/utils/templates/insert';
import { readFixture } from '../../support/discuz-pages';
import { DISCUZ_LIVE_FIXTURES } from '../../support/fixtures';
import { hasLiveFixtures } from '../../support/labels';

afterEach(() => document.body.replaceChildren());

function discuzEditorFrame(): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.id = 'e_iframe';
  iframe.srcdoc = readFixture('post-reply-wysiwyg.iframe.html', DISCUZ_LIVE_FIXTURES);
  document.body.append(iframe);
  return iframe;
}

describe.skipIf(!hasLiveFixtures)("Discuz's WYSIWYG frame (post-reply-wysiwyg.iframe.html)", () => {
  test('the empty <p></p> placeholder is replaced: the body holds the template and nothing else', () => {
    const iframe = discuzEditorFrame();
    const body = iframe.contentDocument!.body;
    expect(body.innerHTML).toBe('<p></p>');
    const result = insertIntoEditor({ kind: 'iframe', el: iframe, anchorEl: iframe, tid: '1' }, '岱山老百姓您好！\n感谢您的关注。\n联系电话：0580-4475678');
    expect(result).toEqual({ ok: true });
    expect(body.innerHTML).toBe('岱山老百姓您好！<br>感谢您的关注。<br>联系电话：0580-4475678');
  });

  test('text already typed is kept: only an empty placeholder is replaced', () => {
    const iframe = discuzEditorFrame();
    const body = iframe.contentDocument!.body;
    body.querySelector('p')!.textContent = '您好';
    insertIntoEditor({ kind: 'iframe', el: iframe, anchorEl: iframe, tid: '1' }, '感谢关注');
    expect(body.textContent).toBe('您好感谢关注');
  });
});
