// The tile images under the map, positioned for one viewport.
import { tilesOf, tileUrl, TILE_SIZE, type Viewport } from './coords.ts';

export function TileLayer({ viewport, template }: { viewport: Viewport; template: string }) {
  return (
    <div aria-hidden="true" style={{ position: 'absolute', inset: 0, overflow: 'hidden', background: '#f2efe9' }}>
      {tilesOf(viewport).map((t) => (
        <img
          key={`${t.z}/${t.x}/${t.y}/${t.left}`}
          src={tileUrl(template, t)}
          alt=""
          width={TILE_SIZE}
          height={TILE_SIZE}
          referrerPolicy="no-referrer"
          style={{ position: 'absolute', left: t.left, top: t.top }}
          onError={(e) => { e.currentTarget.style.visibility = 'hidden'; }}
        />
      ))}
    </div>
  );
}
