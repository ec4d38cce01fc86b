// The page's inflate: fflate's inflateSync alone, bundled by ./build.sh
// into the IIFE global `fflate` inlined in dist/dateline.html.
export { inflateSync } from 'fflate';
