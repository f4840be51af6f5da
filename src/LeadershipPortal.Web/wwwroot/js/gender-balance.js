// Charts of the gender balance page. The data comes from the JSON block the page writes (published figures
// only; null where a figure is withheld); each chart has the same figures in a table beside it.
(function () {
    'use strict';
    var source = document.getElementById('gender-balance-data');
    if (!source || typeof Chart === 'undefined') {
        return;
    }

    var data = JSON.parse(source.textContent);
    // Words in the page's language come from the canvas (data-axis-label).
    function percentAxis(canvas) {
        return { min: 0, max: 100, title: { display: true, text: canvas.getAttribute('data-axis-label') || 'Share of women (%)' } };
    }

    var funnel = document.getElementById('funnel-chart');
    if (funnel) {
        new Chart(funnel, {
            type: 'bar',
            data: {
                labels: data.funnel.labels,
                datasets: [{ label: funnel.getAttribute('data-axis-label') || 'Share of women (%)', data: data.funnel.shareOfWomen, backgroundColor: '#1b3a5c' }]
            },
            options: { indexAxis: 'y', scales: { x: percentAxis(funnel) }, plugins: { legend: { display: false } } }
        });
    }

    var trend = document.getElementById('trend-chart');
    if (trend) {
        var colours = ['#1b3a5c', '#b35c00', '#2e7d32'];
        new Chart(trend, {
            type: 'line',
            data: {
                labels: data.trend.labels,
                datasets: data.trend.series.map(function (s, i) {
                    return { label: s.label, data: s.shareOfWomen, borderColor: colours[i], backgroundColor: colours[i], spanGaps: false, pointStyle: ['circle', 'rect', 'triangle'][i] };
                })
            },
            options: { scales: { y: percentAxis(trend) } }
        });
    }
})();
