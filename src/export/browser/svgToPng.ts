import { type PngSize, pngSizeFor } from '../pngScale';
import { svgSize } from '../svgSize';

/**
 * Draws the exported SVG onto a canvas at `scale` device pixels per CSS pixel, or at the largest
 * scale a browser's canvas allows (see pngScale). The SVG carries its fonts, so the browser
 * draws it as an image without fetching anything.
 */
export async function svgToPng(
  svg: string,
  scale: number,
  background: 'white' | 'transparent',
): Promise<{ blob: Blob; size: PngSize }> {
  const { width, height } = svgSize(svg);
  const size = pngSizeFor(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    if (background === 'white') {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) =>
          b
            ? resolve(b)
            : reject(
                new Error(
                  `this browser could not make a PNG of ${size.width} × ${size.height} pixels: choose a smaller size, or SVG or PDF`,
                ),
              ),
        'image/png',
      ),
    );
    return { blob, size };
  } finally {
    URL.revokeObjectURL(url);
  }
}
