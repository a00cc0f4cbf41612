// Progressive enhancement only: every page works without this file.
// Arrow keys step to the previous/next edition, page or item (the page's rel=prev / rel=next links).
document.addEventListener('keydown', function (event) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  var target = event.target;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  var rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : null;
  if (!rel) return;
  var link = document.querySelector('link[rel=' + rel + ']');
  if (link) window.location.href = link.href;
});
