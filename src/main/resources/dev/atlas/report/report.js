// Script of the page atlas report writes, inlined into it: draws the charts with the ECharts
// library inlined before it, from the JSON in #atlas-data, and makes tables sortable and the
// projects table filterable. It loads nothing. Chart text is drawn on canvas and tooltips use
// ECharts' rich-text mode, so no dataset string is ever parsed as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('atlas-data').textContent);
  var font = window.getComputedStyle(document.body).fontFamily;
  var UP = '#2f855a', DOWN = '#c53030', BAR = '#3465a4';

  function draw(id, option) {
    var el = document.getElementById('chart-' + id);
    if (!el || !window.echarts) { return; }
    option.animation = false;
    option.textStyle = { fontFamily: font };
    [].concat(option.xAxis, option.yAxis).forEach(function (axis) {
      axis.axisLabel = Object.assign({ fontFamily: font }, axis.axisLabel || {});
    });
    option.tooltip = Object.assign({ renderMode: 'richText', confine: true }, option.tooltip || {});
    window.echarts.init(el, null, { renderer: 'canvas' }).setOption(option);
  }

  function bars(id, counts, name) {
    if (!counts || !counts.labels.length) { return; }
    draw(id, {
      grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: counts.labels, axisLabel: { interval: 0 } },
      series: [{ name: name, type: 'bar', barMaxWidth: 18, data: counts.values, itemStyle: { color: BAR },
        label: { show: true, position: 'right' } }]
    });
  }

  bars('domains', data.domains, 'projects');
  bars('frameworks', data.frameworks, 'projects');

  if (data.movers && data.movers.labels.length) {
    draw('movers', {
      grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: data.movers.labels, axisLabel: { interval: 0, width: 160, overflow: 'truncate' } },
      series: [{ name: 'star change', type: 'bar', barMaxWidth: 18, label: { show: true, position: 'right' },
        data: data.movers.deltas.map(function (d) { return { value: d, itemStyle: { color: d < 0 ? DOWN : UP } }; }) }]
    });
  }

  if (data.histories && data.histories.length) {
    draw('histories', {
      grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true },
      series: data.histories.map(function (h) {
        return { name: h.name, type: 'line', showSymbol: true, symbolSize: 7, data: h.points };
      })
    });
  }

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    if (!numeric) { return cell.textContent.toLowerCase(); }
    var v = cell.getAttribute('data-value');
    v = v === null ? cell.textContent.replace(/[^0-9.-]/g, '') : v;
    return v === '' ? -Infinity : Number(v);
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      th.addEventListener('click', function () {
        var numeric = th.getAttribute('data-type') === 'num';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  var filter = document.getElementById('project-filter');
  if (filter) {
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      var table = document.getElementById(filter.getAttribute('data-table'));
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
}());
