// Client behaviour of the demo forum's desktop pages, modelled on Discuz! X3.5:
// AJAX quick reply loaded into #postlistreply's div#post_new, the pop-up reply window
// (div#fwin_reply), the board list's "下一页" auto-load, and the identity switcher.
// HTML that gets inserted comes from this server, which escapes all user text.
(function () {
  'use strict';

  var MIN_CHARS = 2;

  function byId(id) {
    return document.getElementById(id);
  }

  /** Parses server HTML and inserts its nodes into `parent` before `before`. */
  function insertServerHtml(parent, before, html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var inserted = [];
    Array.prototype.slice.call(doc.body.childNodes).forEach(function (node) {
      var copy = document.importNode(node, true);
      parent.insertBefore(copy, before);
      inserted.push(copy);
    });
    return inserted;
  }

  function responseText(response) {
    return response.text().then(function (text) {
      if (!response.ok) throw new Error(text);
      return text;
    });
  }

  /** The CDATA content of Discuz's AJAX answer (`<root><![CDATA[…]]></root>`). */
  function ajaxContent(xml) {
    var root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
    return root ? root.textContent : '';
  }

  /** Posts a form the way Discuz's ajaxpost does: the action becomes absolute with `&inajax=1`. */
  function postForm(form) {
    var action = form.getAttribute('action');
    if (!/[?&]inajax=1/.test(action)) {
      action = new URL(action, document.baseURI).href + (action.indexOf('?') >= 0 ? '&' : '?') + 'inajax=1';
      form.setAttribute('action', action);
      form.setAttribute('target', '');
    }
    return fetch(action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    }).then(responseText).then(ajaxContent);
  }

  function tooShort(text) {
    return Array.from(text.trim()).length < MIN_CHARS;
  }

  /**
   * After an AJAX reply, as Discuz X3.5 does (succeedhandle_fastpost /
   * succeedhandle_reply, then fastpostappendreply): the answer only names the
   * new pid; the post's table is fetched with `viewpid`, written into
   * `div#post_new`, whose id is then blanked, and a fresh empty `div#post_new`
   * is appended to `#postlistreply`. The new post has no `div#post_{pid}`.
   */
  function appendNewPost(answer, fromParam) {
    var pid = /'pid':'(\d+)'/.exec(answer);
    var tid = /'tid':'(\d+)'/.exec(answer);
    var target = byId('post_new');
    if (!pid || !tid || !target) {
      window.location.reload();
      return Promise.resolve();
    }
    var url = 'forum.php?mod=viewthread&tid=' + tid[1] + '&viewpid=' + pid[1] + fromParam + '&inajax=1&ajaxtarget=post_new';
    return fetch(url, { credentials: 'same-origin' }).then(responseText).then(ajaxContent).then(function (html) {
      insertServerHtml(target, null, html);
      target.style.display = '';
      target.id = '';
      var placeholder = element('div', { id: 'post_new', class: '' });
      placeholder.style.display = 'none';
      byId('postlistreply').appendChild(placeholder);
      var table = target.querySelector('table[id^="pid"]');
      if (table && table.scrollIntoView) table.scrollIntoView({ block: 'center' });
    });
  }

  function wrapSelection(textarea, open, close) {
    var start = textarea.selectionStart;
    var end = textarea.selectionEnd;
    var value = textarea.value;
    textarea.value = value.slice(0, start) + open + value.slice(start, end) + close + value.slice(end);
    textarea.selectionStart = start + open.length;
    textarea.selectionEnd = end + open.length;
    textarea.focus();
  }

  // Quick reply below the posts.
  var fastForm = byId('fastpostform');
  if (fastForm) {
    fastForm.addEventListener('submit', function (event) {
      var textarea = byId('fastpostmessage');
      var notice = byId('fastpostreturn');
      if (!textarea) return;
      event.preventDefault();
      if (tooShort(textarea.value)) {
        notice.textContent = '您的帖子长度不符合要求（至少 ' + MIN_CHARS + ' 个字符）';
        return;
      }
      var button = byId('fastpostsubmit');
      button.disabled = true;
      notice.textContent = '';
      postForm(fastForm).then(function (answer) {
        return appendNewPost(answer, '&from=').then(function () { textarea.value = ''; });
      }).catch(function (err) {
        notice.textContent = err.message;
      }).then(function () {
        button.disabled = false;
      });
    });
    var bold = fastForm.querySelector('a.fbld');
    if (bold) {
      bold.addEventListener('click', function (event) {
        event.preventDefault();
        wrapSelection(byId('fastpostmessage'), '[b]', '[/b]');
      });
    }
  }

  // Guests: the reply button leads to the login page.
  var guestButton = document.querySelector('#fastpostsubmit[data-login]');
  if (guestButton) {
    guestButton.addEventListener('click', function () {
      window.location.href = guestButton.getAttribute('data-login');
    });
  }

  // Pop-up reply window.
  function closeReplyWindow() {
    var win = byId('fwin_reply');
    if (win) win.parentNode.removeChild(win);
  }

  function element(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) { el.setAttribute(name, attrs[name]); });
    return el;
  }

  function frameRow(cells) {
    var tr = element('tr');
    cells.forEach(function (cell) { tr.appendChild(cell); });
    return tr;
  }

  function showReplyWindow(href) {
    closeReplyWindow();
    var win = element('div', { id: 'fwin_reply', class: 'fwinmask' });
    var table = element('table', { cellpadding: '0', cellspacing: '0', class: 'fwin' });
    var content = element('td', { class: 'm_c', id: 'fwin_content_reply', fwin: 'reply' });
    content.textContent = '请稍候...';
    table.appendChild(frameRow([element('td', { class: 't_l' }), element('td', { class: 't_c' }), element('td', { class: 't_r' })]));
    table.appendChild(frameRow([element('td', { class: 'm_l' }), content, element('td', { class: 'm_r' })]));
    table.appendChild(frameRow([element('td', { class: 'b_l' }), element('td', { class: 'b_c' }), element('td', { class: 'b_r' })]));
    win.appendChild(table);
    (byId('append_parent') || document.body).appendChild(win);

    fetch(href + '&infloat=yes&handlekey=reply&inajax=1', { credentials: 'same-origin' })
      .then(responseText)
      .then(ajaxContent)
      .then(function (html) {
        content.textContent = '';
        insertServerHtml(content, null, html);
        wireReplyWindow(content);
      })
      .catch(function () {
        content.textContent = '加载失败，请稍后再试';
      });
  }

  function wireReplyWindow(content) {
    var close = content.querySelector('.flbc');
    if (close) close.addEventListener('click', function (event) { event.preventDefault(); closeReplyWindow(); });
    var form = content.querySelector('#postform');
    if (!form) return;
    var textarea = form.querySelector('#postmessage');
    var notice = form.querySelector('#fwin_reply_return');
    textarea.focus();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (tooShort(textarea.value)) {
        notice.textContent = '您的帖子长度不符合要求（至少 ' + MIN_CHARS + ' 个字符）';
        return;
      }
      postForm(form).then(function (answer) {
        closeReplyWindow();
        return appendNewPost(answer, '');
      }).catch(function (err) {
        notice.textContent = err.message;
      });
    });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.fastre, a#post_reply, a#post_replytmp');
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    showReplyWindow(link.getAttribute('href'));
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') closeReplyWindow();
  });

  // Board list: "下一页 »" appends the next page's rows to the table.
  var more = byId('autopbn');
  if (more) {
    more.addEventListener('click', function (event) {
      event.preventDefault();
      var next = more.getAttribute('rel');
      if (!next) return;
      more.textContent = '正在加载...';
      fetch(next, { credentials: 'same-origin' })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, 'text/html');
          var table = byId('threadlisttableid');
          doc.querySelectorAll('#threadlisttableid > tbody[id^="normalthread_"]').forEach(function (row) {
            table.appendChild(document.importNode(row, true));
          });
          var page = Number(more.getAttribute('curpage')) + 1;
          var total = Number(more.getAttribute('totalpage'));
          more.setAttribute('curpage', String(page));
          if (page >= total) {
            more.parentNode.removeChild(more);
          } else {
            more.setAttribute('rel', next.replace(/page=\d+/, 'page=' + (page + 1)));
            more.textContent = '下一页 »';
          }
        })
        .catch(function () {
          more.textContent = '加载失败，点击重试';
        });
    });
  }

  // Identity switcher in the top bar.
  var switcher = byId('demo_uid');
  if (switcher) {
    switcher.addEventListener('change', function () { switcher.form.submit(); });
  }
})();
