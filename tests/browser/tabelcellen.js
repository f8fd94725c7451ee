// Every visible table cell of the page: is its content wider than the cell (cut off), does it stand outside the
// screen, and is a word in it broken over two lines (a break at a hyphen is allowed)? Used by test_browser_tabellen.py.
() => {
  const res = {afgekapt: [], gebroken: [], buitenbeeld: [], cellen: 0};
  const breedte = document.documentElement.clientWidth;
  for (const cel of document.querySelectorAll('.md-content td, .md-content th')) {
    const kop = cel.closest('thead');
    if (kop && kop.getBoundingClientRect().height <= 1) continue;  // column headings kept for screen readers only
    res.cellen += 1;
    const tekst = cel.innerText.trim().slice(0, 40);
    if (cel.scrollWidth > cel.clientWidth + 1) res.afgekapt.push(tekst);
    const vak = cel.getBoundingClientRect();
    if (vak.right > breedte + 1 || vak.left < -1) res.buitenbeeld.push(tekst);
    const wandelaar = document.createTreeWalker(cel, NodeFilter.SHOW_TEXT);
    let knoop;
    while ((knoop = wandelaar.nextNode())) {
      const woord = /[^\s\-\u2013]{2,}/g;
      let m;
      while ((m = woord.exec(knoop.data))) {
        const stuk = document.createRange();
        stuk.setStart(knoop, m.index);
        stuk.setEnd(knoop, m.index + m[0].length);
        const regels = new Set(Array.from(stuk.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (regels.size > 1) res.gebroken.push(m[0]);
      }
    }
  }
  return res;
}
