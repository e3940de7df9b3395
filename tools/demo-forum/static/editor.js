// The advanced reply page's editor, modelled on Discuz! X3.5: an iframe
// (iframe#e_iframe) whose body is contenteditable replaces the textarea
// (WYSIWYG mode, input#e_mode = 1); "纯文本" switches back to the textarea.
// On submit the iframe's content is converted to text (line breaks and bold)
// and copied into textarea#e_textarea, which is what the form sends.
(function () {
  'use strict';

  var textarea = document.getElementById('e_textarea');
  var mode = document.getElementById('e_mode');
  var switcher = document.getElementById('e_switchercheck');
  var form = document.getElementById('postform');
  var boldButton = document.getElementById('e_bold');
  if (!textarea || !form) return;

  var iframe = document.createElement('iframe');
  iframe.id = 'e_iframe';
  iframe.setAttribute('frameborder', '0');
  iframe.className = 'pt';
  iframe.style.width = '100%';
  iframe.style.height = textarea.offsetHeight ? textarea.offsetHeight + 'px' : '280px';
  textarea.parentNode.insertBefore(iframe, textarea);

  var doc = iframe.contentDocument;
  doc.open();
  doc.write('<!DOCTYPE html><html><head><meta charset="utf-8"><style>' +
    'body{margin:0;padding:8px;font:14px/1.6 "Microsoft YaHei",sans-serif;word-wrap:break-word;min-height:240px;}' +
    '</style></head><body contenteditable="true"></body></html>');
  doc.close();

  function body() {
    return iframe.contentDocument.body;
  }

  /** Text (with [b] markers) → nodes in the iframe body. */
  function fillFromText(text) {
    var target = body();
    while (target.firstChild) target.removeChild(target.firstChild);
    var d = iframe.contentDocument;
    // An empty editor's body is `<p></p>`, as Discuz X3.5 leaves it.
    if (!text) {
      target.appendChild(d.createElement('p'));
      return;
    }
    text.replace(/\r\n?/g, '\n').split('\n').forEach(function (line, i) {
      if (i > 0) target.appendChild(d.createElement('br'));
      line.split(/(\[b\][\s\S]*?\[\/b\])/).forEach(function (part) {
        if (!part) return;
        var bold = /^\[b\]([\s\S]*)\[\/b\]$/.exec(part);
        if (bold) {
          var b = d.createElement('b');
          b.appendChild(d.createTextNode(bold[1]));
          target.appendChild(b);
        } else {
          target.appendChild(d.createTextNode(part));
        }
      });
    });
  }

  var BLOCKS = { DIV: true, P: true, LI: true, BLOCKQUOTE: true, H1: true, H2: true, H3: true };

  /** Iframe HTML → text: <br> and block boundaries become newlines, bold becomes [b]. */
  function toText(node) {
    var out = '';
    Array.prototype.forEach.call(node.childNodes, function (child) {
      if (child.nodeType === 3) {
        out += child.nodeValue.replace(/\u00a0/g, ' ');
      } else if (child.nodeType === 1) {
        var tag = child.tagName;
        if (tag === 'BR') {
          out += '\n';
        } else if (tag === 'B' || tag === 'STRONG') {
          var inner = toText(child);
          out += inner ? '[b]' + inner + '[/b]' : '';
        } else if (BLOCKS[tag]) {
          if (out && out.charAt(out.length - 1) !== '\n') out += '\n';
          out += toText(child);
          if (out.charAt(out.length - 1) !== '\n') out += '\n';
        } else {
          out += toText(child);
        }
      }
    });
    return out;
  }

  function wysiwyg() {
    return mode.value === '1';
  }

  function setWysiwyg(on) {
    if (on) {
      fillFromText(textarea.value);
      iframe.style.display = '';
      textarea.style.display = 'none';
    } else {
      textarea.value = toText(body()).replace(/\n+$/, '');
      iframe.style.display = 'none';
      textarea.style.display = '';
    }
    mode.value = on ? '1' : '0';
    if (switcher) switcher.checked = !on;
  }

  setWysiwyg(true);

  if (switcher) {
    switcher.addEventListener('change', function () { setWysiwyg(!switcher.checked); });
  }

  if (boldButton) {
    boldButton.addEventListener('click', function (event) {
      event.preventDefault();
      if (wysiwyg()) {
        iframe.contentWindow.focus();
        iframe.contentDocument.execCommand('bold');
      } else {
        var start = textarea.selectionStart;
        var end = textarea.selectionEnd;
        var value = textarea.value;
        textarea.value = value.slice(0, start) + '[b]' + value.slice(start, end) + '[/b]' + value.slice(end);
        textarea.focus();
      }
    });
  }

  form.addEventListener('submit', function (event) {
    if (wysiwyg()) textarea.value = toText(body()).replace(/\n+$/, '');
    if (Array.from(textarea.value.trim()).length < 2) {
      event.preventDefault();
      window.alert('您的帖子长度不符合要求（至少 2 个字符）');
    }
  });
})();
