// Draws a person's co-star network with Cytoscape.js from the API's network resource: laid out by cose, spread to
// fill its box at the labels' own size, then each label put where it covers no other label or person.
(function () {
  var box = document.getElementById('network');
  if (!box || !window.cytoscape) { return; }
  var PAD = 24;
  // where a label may go around its person, most readable first
  var PLACES = [
    { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 4 },
    { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -4 },
    { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 },
    { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 }
  ];

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
        maxZoom: 1.5,
        minZoom: 0.2,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#8a1c4a',
            'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 } },
          { selector: 'node[?center]', style: { 'background-color': '#114a8a', width: 30, height: 30, 'font-weight': 'bold' } },
          { selector: 'node.quiet', style: { label: '' } },
          { selector: 'node.quiet.hover', style: { label: 'data(label)', 'z-index': 10 } },
          { selector: 'edge', style: { width: 'mapData(weight, 1, 5, 1, 6)', 'line-color': '#c9c9d6', 'curve-style': 'bezier' } },
          { selector: 'edge:selected', style: { label: 'data(label)', 'font-size': 10, 'line-color': '#8a1c4a' } }
        ]
      });
      cy.layout({ name: 'cose', animate: false, fit: false, nodeDimensionsIncludeLabels: true }).run();
      spread(cy);
      placeLabels(cy);
      cy.fit(undefined, PAD);
      cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('url'); });
      cy.on('mouseover', 'node', function (evt) { evt.target.addClass('hover'); });
      cy.on('mouseout', 'node', function (evt) { evt.target.removeClass('hover'); });
      window.coStarNetwork = cy; // for scripts (and the browser test) that look at the drawing
      box.dataset.ready = 'true';
    })
    .catch(function () { box.textContent = 'The network could not be loaded.'; });

  // Moves the people apart (or together), across and down separately, so that at zoom 1 the drawing with its
  // labels takes the whole box: cose leaves a small network small in the middle, and zooming in would only
  // enlarge the labels with it.
  function spread(cy) {
    var nodes = cy.nodes();
    if (nodes.length < 2) { return; }
    var x1 = Infinity, x2 = -Infinity, y1 = Infinity, y2 = -Infinity;
    nodes.forEach(function (n) {
      var p = n.position();
      x1 = Math.min(x1, p.x); x2 = Math.max(x2, p.x); y1 = Math.min(y1, p.y); y2 = Math.max(y2, p.y);
    });
    var all = nodes.boundingBox({ includeLabels: true, includeEdges: false });
    // what labels and circles stick out past the outermost centres stays the same whatever the spread
    var width = box.clientWidth - 2 * PAD - ((x1 - all.x1) + (all.x2 - x2));
    var height = box.clientHeight - 2 * PAD - ((y1 - all.y1) + (all.y2 - y2));
    var sx = x2 - x1 > 1 ? Math.max(width, 0) / (x2 - x1) : 1;
    var sy = y2 - y1 > 1 ? Math.max(height, 0) / (y2 - y1) : 1;
    nodes.positions(function (n) {
      var p = n.position();
      return { x: (p.x - x1) * sx, y: (p.y - y1) * sy };
    });
  }

  // Gives each label, the person at the centre first and then the best connected, the first place around its
  // person where it covers no label already placed and no other person; a label with no such place is hidden
  // until the pointer is over its person.
  function placeLabels(cy) {
    var circles = cy.nodes().map(function (n) {
      return { node: n, box: n.boundingBox({ includeLabels: false, includeEdges: false }) };
    });
    var placed = [];
    var order = cy.nodes().sort(function (a, b) {
      if (a.data('center') !== b.data('center')) { return a.data('center') ? -1 : 1; }
      var degree = b.connectedEdges().length - a.connectedEdges().length;
      return degree !== 0 ? degree : a.data('label').localeCompare(b.data('label'));
    });
    order.forEach(function (n) {
      for (var i = 0; i < PLACES.length; i++) {
        n.style(PLACES[i]);
        var label = labelBox(n);
        var clear = placed.every(function (b) { return !overlaps(label, b); }) && circles.every(function (c) {
          return c.node === n || !overlaps(label, c.box);
        });
        if (clear) {
          placed.push(label);
          return;
        }
      }
      n.style(PLACES[0]);
      n.addClass('quiet');
    });
  }

  function labelBox(n) {
    return n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  }

  function overlaps(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }
})();
