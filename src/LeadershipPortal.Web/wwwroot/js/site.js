// Site-wide behaviour. Core forms work without JavaScript; this file only adds convenience.
// Kept out of the pages so that the Content-Security-Policy can forbid inline script.

// Forms marked data-confirm ask before a destructive action.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
