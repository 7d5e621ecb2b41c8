/** "复制并注明出处": passage text, its source and its link, on the clipboard. Hidden without JavaScript. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-cite]')) {
  button.classList.remove('hidden');
  button.addEventListener('click', async () => {
    const url = new URL(button.dataset.href!, location.href).href;
    const text = `${button.dataset.text}\n——${button.dataset.source}\n${url}`;
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = '已复制';
    } catch {
      button.textContent = '复制失败，请手动选择';
    }
    setTimeout(() => (button.textContent = label), 2000);
  });
}
