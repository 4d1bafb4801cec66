/* The selection of a page: shows the parts marked for the chosen period (data-year) and category (data-sex)
   and says in the status line what is shown. Nothing is fetched; the numbers are in the page's tables. */
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) {
    return;
  }
  var year = document.getElementById('f-year');
  var sex = document.getElementById('f-sex');
  var status = document.getElementById('selection');
  function apply() {
    var y = year ? year.value : null;
    var s = sex ? sex.value : null;
    var parts = document.querySelectorAll('[data-year], [data-sex]');
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      var show = (!p.hasAttribute('data-year') || y === null || p.getAttribute('data-year') === y)
        && (!p.hasAttribute('data-sex') || s === null || p.getAttribute('data-sex') === s);
      p.hidden = !show;
    }
    if (status) {
      var words = [];
      if (year) {
        words.push(year.options[year.selectedIndex].text);
      }
      if (sex) {
        words.push(sex.options[sex.selectedIndex].text);
      }
      status.textContent = (document.documentElement.lang === 'sv' ? 'Visar: ' : 'Showing: ') + words.join(', ');
    }
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  apply();
}());
