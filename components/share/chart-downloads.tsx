'use client';

import { useState } from 'react';

/**
 * Download links for the chart as an image: the server draws the SVG (title, n and sources in the image);
 * the PNG is that SVG painted on a canvas at twice its size, so both show the same thing.
 */
export function ChartDownloads({ svgHref, name }: { svgHref: string; name: string }) {
  const [busy, setBusy] = useState(false);
  const downloadPng = () => {
    setBusy(true);
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * 2;
      canvas.height = img.naturalHeight * 2;
      const ctx = canvas.getContext('2d')!;
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((blob) => {
        setBusy(false);
        if (!blob) return;
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = `${name}.png`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      }, 'image/png');
    };
    img.onerror = () => setBusy(false);
    img.src = svgHref;
  };
  return (
    <span className="inline-flex gap-3">
      <a href={svgHref} download={`${name}.svg`} className="text-blue-700 hover:underline">SVG</a>
      <button type="button" onClick={downloadPng} disabled={busy} className="text-blue-700 hover:underline disabled:text-gray-400">PNG</button>
    </span>
  );
}
