/**
 * Progressive enhancement: a ¶ link copies the absolute permalink and says so. Its accessible
 * name is set here rather than shipped on each of a report's hundreds of links.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
  link.setAttribute('aria-label', link.closest('[data-passage]') ? '复制本段链接' : '复制本节链接');
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    const url = new URL(link.getAttribute('href')!, location.href).href;
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      link.dataset.copied = 'true';
      link.textContent = '已复制链接';
    } catch {
      link.textContent = '链接已在地址栏';
    }
    setTimeout(() => {
      link.textContent = '¶';
      delete link.dataset.copied;
    }, 2000);
  });
}
