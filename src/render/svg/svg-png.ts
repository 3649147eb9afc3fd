import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as ResvgModule from '@resvg/resvg-wasm';
import { RomaPlanError } from '../../errors.js';
import { CHART_FONT } from './standalone.js';

type Resvg = typeof ResvgModule;

const require = createRequire(import.meta.url);

/** The faces the PDF embeds (from dejavu-fonts-ttf): Latin with every diacritic of the plans' languages, and Cyrillic. */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

interface Rasterizer {
  resvg: Resvg;
  fonts: Uint8Array[];
}

let loading: Promise<Rasterizer> | undefined;

/** The WebAssembly build of resvg and the fonts, once per process (a batch renders many documents). */
function rasterizer(): Promise<Rasterizer> {
  loading ??= (async () => {
    const resvg = await import('@resvg/resvg-wasm');
    const [wasm, ...fonts] = await Promise.all([readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')), ...FONT_FILES.map((f) => readFile(require.resolve(`dejavu-fonts-ttf/ttf/${f}`)))]);
    // The module can be set up once per process; a program that uses roma-plan as a library may
    // have set it up already for drawings of its own, which is as good.
    await resvg.initWasm(wasm).catch((err: unknown) => {
      if (!(err instanceof Error && err.message.startsWith('Already initialized'))) throw err;
    });
    return { resvg, fonts: fonts.map((f) => new Uint8Array(f.buffer, f.byteOffset, f.byteLength)) };
  })().catch((err: unknown) => {
    // A later document tries again (a set-up that got through its first step is accepted above).
    loading = undefined;
    const reason = err instanceof Error ? err.message : String(err);
    throw new RomaPlanError('CHART_RENDER_FAILED', `the charts of the Word document cannot be drawn (${reason})`, {
      hint: 'Reinstall roma-plan (`npm install`) so that its packages `@resvg/resvg-wasm` and `dejavu-fonts-ttf` are complete; `roma-plan doctor` checks them.',
      params: { reason },
      cause: err,
    });
  });
  return loading;
}

/**
 * Draws an SVG as a PNG `scale` times its size, with the bundled DejaVu faces only (no system
 * font), so the same SVG gives the same bytes on every machine.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const { resvg, fonts } = await rasterizer();
  const options: ResvgModule.ResvgRenderOptions = { font: { fontBuffers: fonts, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT }, fitTo: { mode: 'zoom', value: scale } };
  const drawing = new resvg.Resvg(svg, options);
  try {
    const image = drawing.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    drawing.free();
  }
}
