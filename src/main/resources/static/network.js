// Draws a person's co-star network with Cytoscape.js from the API's network resource.
(function () {
  var box = document.getElementById('network');
  if (!box || !window.cytoscape) { return; }
  fetch(box.dataset.source, { headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (net) {
      var elements = net.nodes.map(function (n) {
        return { data: { id: String(n.id), label: n.name, url: n.url, center: n.id === net.center.id } };
      }).concat(net.edges.map(function (e) {
        return { data: { id: e.source + '-' + e.target, source: String(e.source), target: String(e.target),
          weight: e.works.length, label: e.works.map(function (w) { return w.name; }).join(', ') } };
      }));
      var cy = window.cytoscape({
        container: box,
        elements: elements,
        layout: { name: 'cose', animate: false, padding: 30 },
        maxZoom: 1.5,
        minZoom: 0.2,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#8a1c4a',
            'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 } },
          { selector: 'node[?center]', style: { 'background-color': '#114a8a', width: 30, height: 30, 'font-weight': 'bold' } },
          { selector: 'edge', style: { width: 'mapData(weight, 1, 5, 1, 6)', 'line-color': '#c9c9d6', 'curve-style': 'bezier' } },
          { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 10, 'line-color': '#8a1c4a' } }
        ]
      });
      cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('url'); });
      box.dataset.ready = 'true';
    })
    .catch(function () { box.textContent = 'The network could not be loaded.'; });
})();
