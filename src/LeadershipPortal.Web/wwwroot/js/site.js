// Site-wide behaviour. Core forms work without JavaScript; this file only adds convenience.
// Kept out of the pages so that the Content-Security-Policy can forbid inline script.

// Forms marked data-confirm ask before a destructive action.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Buttons marked data-confirm-submit ask before sending their form (for example a final submission).
document.addEventListener('click', function (event) {
  var button = event.target instanceof Element ? event.target.closest('[data-confirm-submit]') : null;
  if (button && !window.confirm(button.getAttribute('data-confirm-submit'))) {
    event.preventDefault();
  }
});

// Textareas with data-word-limit show a live word count; the server enforces the same limit.
function countWords(text) {
  var trimmed = text.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

document.querySelectorAll('textarea[data-word-limit]').forEach(function (area) {
  var limit = parseInt(area.getAttribute('data-word-limit'), 10);
  // The page passes the words in its language; English when it does not.
  var countText = area.getAttribute('data-word-count-text') || '{0} of {1} words';
  var overText = area.getAttribute('data-word-over-text') || ' — {0} over the limit';
  var output = document.getElementById(area.id + '-count');
  if (!output) {
    return;
  }

  var update = function () {
    var words = countWords(area.value);
    output.textContent = countText.replace('{0}', words).replace('{1}', limit) + (words > limit ? overText.replace('{0}', words - limit) : '');
    output.classList.toggle('text-danger', words > limit);
  };
  area.addEventListener('input', update);
  update();
});
