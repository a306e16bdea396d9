// Draws a person's co-star network with Cytoscape.js from the API's network resource: laid out by cose, spread to
// fill its box at the labels' own size, then each label put where it covers no other label or person. When the box
// changes size (a phone turned, a window resized) the drawing is arranged again for the new box.
(function () {
  var box = document.getElementById('network');
  if (!box || !window.cytoscape) { return; }
  // rounds of spreading and placing labels: a label moved to a side changes how far the drawing reaches
  var ROUNDS = 4;
  // where a label may go around its person, most readable first
  var PLACES = [
    { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': 4 },
    { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -4 },
    { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 },
    { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 }
  ];
  var arranged = ''; // the box size the drawing was last arranged for

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
      arrange(cy);
      // Cytoscape resizes its canvas to the box itself (a ResizeObserver) and says so
      cy.on('resize', function () { arrange(cy); });
      cy.on('tap', 'node', function (evt) { window.location.href = evt.target.data('url'); });
      cy.on('mouseover', 'node', function (evt) { evt.target.addClass('hover'); });
      cy.on('mouseout', 'node', function (evt) { evt.target.removeClass('hover'); });
      window.coStarNetwork = cy; // for scripts (and the browser test) that look at the drawing
      box.dataset.ready = 'true';
    })
    .catch(function () { box.textContent = 'The network could not be loaded.'; });

  // Spreads the people over the box and places the labels, again until the drawing with its labels takes the box
  // at zoom 1 (or the rounds are spent), then fits it, so that it fills the box across or down exactly.
  function arrange(cy) {
    var width = box.clientWidth, height = box.clientHeight;
    if (width === 0 || height === 0 || arranged === width + 'x' + height) { return; }
    arranged = width + 'x' + height;
    var pad = width < 480 ? 12 : 24; // a phone has little room to spare
    for (var round = 0; round < ROUNDS; round++) {
      spread(cy, width - 2 * pad, height - 2 * pad);
      placeLabels(cy);
      var all = cy.nodes().boundingBox({ includeLabels: true, includeEdges: false });
      if (Math.abs(all.w - (width - 2 * pad)) < 1 && Math.abs(all.h - (height - 2 * pad)) < 1) { break; }
    }
    cy.fit(undefined, pad);
    box.dataset.arranged = arranged; // for the browser test, which waits for the drawing of a new size
  }

  // Moves the people apart (or together), across and down separately, so that at zoom 1 the drawing with its
  // labels as they are now is width by height: cose leaves a small network small in the middle, and zooming in
  // would only enlarge the labels with it.
  function spread(cy, width, height) {
    var nodes = cy.nodes();
    if (nodes.length < 2) { return; }
    var extents = nodes.map(function (n) {
      var p = n.position(), b = n.boundingBox({ includeLabels: true, includeEdges: false });
      return { x: p.x, y: p.y, left: p.x - b.x1, right: b.x2 - p.x, up: p.y - b.y1, down: b.y2 - p.y };
    });
    var across = scale(extents, 'x', 'left', 'right', width);
    var down = scale(extents, 'y', 'up', 'down', height);
    nodes.positions(function (n, i) {
      return { x: (extents[i].x - across.from) * across.by, y: (extents[i].y - down.from) * down.by };
    });
  }

  // The factor by which the people's distances along one axis are multiplied for the drawing, labels and circles
  // included, to span the given length. Which person's label reaches furthest changes with the factor, so the
  // factor is found by halving an interval (to well under a pixel) rather than from the outermost two alone.
  function scale(extents, axis, before, after, length) {
    var from = Math.min.apply(null, extents.map(function (e) { return e[axis]; }));
    var reach = Math.max.apply(null, extents.map(function (e) { return e[axis] - from; }));
    if (reach < 1) { return { from: from, by: 1 }; }
    var span = function (by) {
      var lo = Infinity, hi = -Infinity;
      extents.forEach(function (e) {
        lo = Math.min(lo, (e[axis] - from) * by - e[before]);
        hi = Math.max(hi, (e[axis] - from) * by + e[after]);
      });
      return hi - lo;
    };
    var low = 0, high = Math.max(length, 1) / reach; // span(high) >= length: the outermost two alone reach that far
    if (span(low) >= length) { return { from: from, by: high }; } // labels alone too wide: fitting will zoom out
    while (high - low > 1e-4 / reach) {
      var mid = (low + high) / 2;
      if (span(mid) < length) { low = mid; } else { high = mid; }
    }
    return { from: from, by: low };
  }

  // Gives each label, the person at the centre first and then the best connected, the first place around its
  // person where it covers no label already placed and no other person; a label with no such place is hidden
  // until the pointer is over its person.
  function placeLabels(cy) {
    cy.nodes().removeClass('quiet');
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
