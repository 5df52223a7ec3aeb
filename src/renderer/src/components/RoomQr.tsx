import { useMemo } from 'react';
import { encode } from 'uqr';
import './room-qr.css';

/**
 * A QR code of the room's address, drawn as SVG from the code's modules: one path, no inline
 * script or style, so it works under the strict content security policy.
 */
export function RoomQr({ url, label }: { url: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(url, { ecc: 'M', border: 2 });
    const parts: string[] = [];
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      });
    });
    return { size: qr.size, path: parts.join('') };
  }, [url]);
  return (
    <svg
      className="room-qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} className="room-qr-light" />
      <path d={path} className="room-qr-dark" />
    </svg>
  );
}
