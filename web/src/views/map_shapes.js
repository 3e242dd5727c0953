// The map's shapes: Natural Earth 1:110m countries (world-atlas, bundled), the allies and
// their neighbours registered with ECharts as the map 'nato', with ECharts' map series. Loaded
// by the map view beside its data, not before it.
import * as echarts from 'echarts/core';
// From its own file, as in charts.js: through 'echarts/charts' it would join the shared chunk.
import { install as MapChart } from 'echarts/lib/chart/map/install.js';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

echarts.use([MapChart]);

/// ISO 3166 numeric codes (world-atlas ids) of the 32 allies.
const NUMERIC = { '008': 'ALB', '056': 'BEL', '100': 'BGR', '124': 'CAN', '191': 'HRV', '203': 'CZE',
  '208': 'DNK', '233': 'EST', '246': 'FIN', '250': 'FRA', '276': 'DEU', '300': 'GRC', '348': 'HUN',
  '352': 'ISL', '380': 'ITA', '428': 'LVA', '440': 'LTU', '442': 'LUX', '499': 'MNE', '528': 'NLD',
  '807': 'MKD', '578': 'NOR', '616': 'POL', '620': 'PRT', '642': 'ROU', '703': 'SVK', '705': 'SVN',
  '724': 'ESP', '752': 'SWE', '792': 'TUR', '826': 'GBR', '840': 'USA' };

/// Without the parts south of 24°N (Hawaii, French Guiana): the map shows the North Atlantic.
function north(g) {
  if (g.type !== 'MultiPolygon') return g;
  const parts = g.coordinates.filter((p) => p[0].some(([, y]) => y > 24));
  return { type: 'MultiPolygon', coordinates: parts.length ? parts : g.coordinates };
}

let registered = false;
export function register() {
  if (registered) return;
  // Europe, North America and around: the allies and their neighbours, not the world.
  const all = feature(world, world.objects.countries).features;
  const features = all.filter((f) => {
    if (NUMERIC[f.id]) return true;
    const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
    const [x, y] = ring[0];
    return x > -30 && x < 45 && y > 30 && y < 72;
  }).map((f) => ({ ...f, geometry: north(f.geometry), properties: { name: NUMERIC[f.id] || f.properties.name } }));
  echarts.registerMap('nato', { type: 'FeatureCollection', features });
  registered = true;
}

