// 公众留言: staff answer in a contenteditable box; its text goes into the form's
// hidden `content` field on submit.
(function () {
  'use strict';
  document.querySelectorAll('form.reply-form').forEach(function (form) {
    var editor = form.querySelector('.reply-editor');
    form.addEventListener('submit', function (event) {
      var text = editor.innerText.replace(/\u00a0/g, ' ').trim();
      if (!text) {
        event.preventDefault();
        editor.classList.add('is-empty');
        editor.focus();
        return;
      }
      form.elements.namedItem('content').value = text;
    });
    editor.addEventListener('input', function () { editor.classList.remove('is-empty'); });
  });
})();
