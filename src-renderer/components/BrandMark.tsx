/** The app's mark in the header: the shield with the yen sign of the app icon (assets/icon.svg), without its tile. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="200 130 624 760" width="24" height="29" aria-hidden="true" focusable="false">
      <path d="M512 150 L796 246 V486 C796 660 676 790 512 870 C348 790 228 660 228 486 V246 Z" fill="#ffffff" />
      <g fill="none" stroke="#0e3f5c" strokeWidth="64" strokeLinecap="round" strokeLinejoin="round">
        <path d="M396 350 L512 506 L628 350" />
        <path d="M512 506 V700" />
        <path d="M414 540 H610" />
        <path d="M414 626 H610" />
      </g>
    </svg>
  );
}
