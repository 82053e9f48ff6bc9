// The co-occurrence network: a force layout (d3-force) drawn as SVG, with zoom, pan and dragging. Node size is
// the number of articles naming the actor, line width how often two are named together. Labels are text nodes.
import { drag } from 'd3-drag';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { partyColour } from './parties.js';

const TYPES = new Set(['person', 'party', 'organisation']);

/**
 * Draws the network into the container. onSelect(node) is called when a node is clicked.
 * Returns a function that stops the layout.
 */
export function networkGraph(container, network, { onSelect, centre, height = 440 } = {}) {
  const width = Math.max(320, container.clientWidth || 640);
  const nodes = network.nodes.map((n) => ({ ...n, id: n.name }));
  const links = network.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const maxArticles = Math.max(1, ...nodes.map((n) => n.articles));
  const maxWeight = Math.max(1, ...links.map((l) => l.weight));
  const radius = (n) => 5 + 14 * Math.sqrt(n.articles / maxArticles);
  const type = (n) => (TYPES.has(n.type) ? n.type : 'other');
  const fill = (n) => (n.type === 'party' ? partyColour(n.name) : n.type === 'person' ? '#3b6db3' : '#9aa3af');

  const svg = select(container).append('svg')
    .attr('class', 'network-svg')
    .attr('width', '100%')
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `Network of ${nodes.length} actors and ${links.length} ties`);
  const layer = svg.append('g');
  svg.call(zoom().scaleExtent([0.25, 5]).on('zoom', (event) => layer.attr('transform', event.transform)));

  const link = layer.append('g').attr('class', 'links').selectAll('line').data(links).join('line')
    .attr('stroke-width', (d) => 0.8 + 5 * (d.weight / maxWeight))
    .attr('stroke-opacity', (d) => 0.12 + 0.6 * (d.weight / maxWeight));
  link.append('title').text((d) => `${d.source} – ${d.target}: ${d.weight}× together`);

  const node = layer.append('g').attr('class', 'nodes').selectAll('g').data(nodes).join('g')
    .attr('class', (d) => `node ${type(d)}${d.name === centre ? ' centre' : ''}`)
    .on('click', (event, d) => onSelect && onSelect(d));
  node.append('circle').attr('r', radius).attr('fill', fill);
  node.append('text').attr('x', (d) => radius(d) + 3).attr('y', 4).text((d) => d.name);
  node.append('title').text((d) => `${d.name} (${d.type}): named in ${d.articles} article${d.articles === 1 ? '' : 's'}`);

  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id).distance(110).strength((l) => 0.05 + 0.35 * (l.weight / maxWeight)))
    .force('charge', forceManyBody().strength(-420))
    .force('collide', forceCollide().radius((d) => radius(d) + 10))
    // The box is wider than high: pull harder up and down than sideways, so the layout fills it.
    .force('x', forceX(width / 2).strength(0.025))
    .force('y', forceY(height / 2).strength(0.12))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();

  const draw = () => {
    link.attr('x1', (d) => d.source.x).attr('y1', (d) => d.source.y)
      .attr('x2', (d) => d.target.x).attr('y2', (d) => d.target.y);
    node.attr('transform', (d) => `translate(${d.x},${d.y})`);
  };
  draw();
  fit(svg, nodes, width, height);
  simulation.on('tick', draw);
  node.call(drag()
    .on('start', (event, d) => {
      if (!event.active) simulation.alphaTarget(0.2).restart();
      d.fx = d.x;
      d.fy = d.y;
    })
    .on('drag', (event, d) => {
      d.fx = event.x;
      d.fy = event.y;
    })
    .on('end', (event, d) => {
      if (!event.active) simulation.alphaTarget(0);
      d.fx = null;
      d.fy = null;
    }));
  container.dataset.nodes = String(nodes.length);
  container.dataset.edges = String(links.length);
  container.dataset.rendered = 'true';
  return () => simulation.stop();
}

/** Sets the view box around the laid-out nodes and their labels. */
function fit(svg, nodes, width, height) {
  if (nodes.length === 0) return;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const left = Math.min(...xs) - 30;
  const right = Math.max(...xs) + 130; // room for labels, which run to the right
  const top = Math.min(...ys) - 30;
  const bottom = Math.max(...ys) + 30;
  const w = Math.max(right - left, width * 0.5);
  const h = Math.max(bottom - top, height * 0.5);
  svg.attr('viewBox', `${left} ${top} ${w} ${h}`);
}
