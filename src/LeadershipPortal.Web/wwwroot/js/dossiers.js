// Dossier requests: while any is queued or running, poll the small status endpoint and update the rows in place.
(function () {
    'use strict';
    var table = document.getElementById('dossiers');
    if (!table) {
        return;
    }

    var url = table.getAttribute('data-status-url');
    var delay = 1500;

    function pending() {
        return Array.prototype.slice.call(table.querySelectorAll('tr[data-dossier-id][data-settled="false"]'));
    }

    function badgeClass(status) {
        return status === 'Ready' ? 'text-bg-success' : status === 'Failed' ? 'text-bg-danger' : status === 'Cancelled' ? 'text-bg-secondary' : 'text-bg-warning';
    }

    // The page gives the words in its language: data-label-<status> and data-label-pages ("{0} pages, SHA-256").
    function label(status) {
        return table.getAttribute('data-label-' + String(status).toLowerCase()) || status;
    }

    function update(row, item) {
        var badge = row.querySelector('[data-status]');
        badge.textContent = label(item.status);
        badge.className = 'badge ' + badgeClass(item.status);
        var details = row.querySelector('[data-details]');
        details.textContent = item.status === 'Ready'
            ? (table.getAttribute('data-label-pages') || '{0} pages, SHA-256').replace('{0}', item.pageCount) + ' ' + item.sha256
            : (item.failureReason || '');
        var download = row.querySelector('[data-download]');
        if (item.downloadUrl) {
            download.href = item.downloadUrl;
        }
        download.hidden = item.status !== 'Ready';
        row.querySelector('[data-cancel]').hidden = item.status !== 'Queued';
        row.querySelector('[data-regenerate]').hidden = !item.settled;
        row.setAttribute('data-settled', item.settled ? 'true' : 'false');
    }

    function poll() {
        var rows = pending();
        if (rows.length === 0) {
            return;
        }

        var query = rows.map(function (r) { return 'ids=' + encodeURIComponent(r.getAttribute('data-dossier-id')); }).join('&');
        fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + query, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (items) {
                items.forEach(function (item) {
                    var row = table.querySelector('tr[data-dossier-id="' + item.id + '"]');
                    if (row) {
                        update(row, item);
                    }
                });
            })
            .catch(function () { /* the next poll tries again */ })
            .then(function () {
                delay = Math.min(delay * 1.3, 10000);
                window.setTimeout(poll, delay);
            });
    }

    window.setTimeout(poll, delay);
}());
