// The referral slip's print button (a file of its own: the Content-Security-Policy allows no inline script).
document.getElementById("print-slip")?.addEventListener("click", () => window.print());
