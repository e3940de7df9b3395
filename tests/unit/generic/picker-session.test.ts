import { afterEach, describe, expect, it } from 'vitest';
import { pickElement } from '@/entrypoints/picker/session';

const PAGE = `
<h1 class="headline"><span>标题</span></h1>
<ol id="list">
  <li class="item"><span class="who">甲</span><p class="text">第一条</p></li>
  <li class="item"><span class="who">乙</span><p class="text">第二条</p></li>
</ol>`;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

async function hover(el: Element) {
  el.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
  await frame();
}

function key(name: string) {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
}

describe('element picker in the page', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('hovering a post\'s text and clicking picks every post, and the page never sees the click', async () => {
    document.body.innerHTML = PAGE;
    let pageSawClick = false;
    document.querySelector('#list')!.addEventListener('click', () => (pageSawClick = true));
    const { done } = pickElement(document, 'post', '');
    const text = document.querySelectorAll('.text')[1]!;
    await hover(text);
    expect(document.querySelector('[data-fw-ui="picker"]')).not.toBeNull();
    text.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await done).toEqual({ selector: '.item', count: 2 });
    expect(pageSawClick).toBe(false);
    expect(document.querySelector('[data-fw-ui="picker"]')).toBeNull();
  });

  it('↑ widens the choice to the outer element, and Enter takes it', async () => {
    document.body.innerHTML = PAGE;
    const { done } = pickElement(document, 'title', '');
    await hover(document.querySelector('h1 span')!);
    key('ArrowUp');
    await hover(document.querySelector('h1 span')!);
    key('Enter');
    expect(await done).toEqual({ selector: '.headline', count: 1 });
  });

  it('a post field outside any post cannot be taken; Esc cancels', async () => {
    document.body.innerHTML = PAGE;
    const { done } = pickElement(document, 'author', '.item');
    const outside = document.querySelector('h1 span')!;
    await hover(outside);
    outside.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    key('Escape');
    expect(await done).toBeNull();
  });

  it('a post field is read relative to the post', async () => {
    document.body.innerHTML = PAGE;
    const { done } = pickElement(document, 'author', '.item');
    const who = document.querySelector('.who')!;
    await hover(who);
    who.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await done).toEqual({ selector: '.who', count: 2 });
  });
});
