package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const lighthousePage = `<!DOCTYPE html><html><head><title>Lighthouse keeper retires after forty years</title>
<meta property="og:site_name" content="Coast Weekly"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Lighthouse keeper retires after forty years</h1>
<p>Walter Brennan climbed the 132 steps of the Gull Point lighthouse for the last time on Sunday, ending forty years as its keeper.</p>
<p>"The light never cared whether it was Christmas," Brennan said. "So neither did I."</p>
</article></body></html>`

// TestEndToEndWatch opens the explorer with --watch on a folder, saves a
// page into it as a browser or storytui add would (a hidden file renamed
// into place), and waits for the article to show up; then removes a file
// and waits for its article to go.
func TestEndToEndWatch(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	first := filepath.Join(dir, "ferry.txt")
	if err := os.WriteFile(first, []byte("Ferry adds weekend runs\n\nHarbor Ferries will add four weekend crossings to Gull Island this summer, the company said on Sunday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startTmux(t, 120, 30, bin, "--watch", "--index", filepath.Join(t.TempDir(), "ix"), dir)
	s.waitFor("the first article and the watching title", func(scr string) bool {
		return strings.Contains(scr, "Ferry adds weekend runs") && strings.Contains(scr, "(watching)")
	})
	// The explorer opens on the stories; the articles are pane 2.
	s.leaveSearchBox()
	s.keys("2")
	s.waitFor("the articles", func(scr string) bool { return strings.Contains(scr, "2 Articles") })

	tmp := filepath.Join(dir, ".download-1234")
	if err := os.WriteFile(tmp, []byte(lighthousePage), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "lighthouse.html")); err != nil {
		t.Fatal(err)
	}
	s.waitFor("the saved page in the results", func(scr string) bool {
		return strings.Contains(scr, "Lighthouse keeper retires after forty years") && strings.Contains(scr, "Ferry adds weekend runs")
	})

	if err := os.Remove(first); err != nil {
		t.Fatal(err)
	}
	s.waitFor("the removed article to go", func(scr string) bool {
		return !strings.Contains(scr, "Ferry adds weekend runs") && strings.Contains(scr, "Lighthouse keeper")
	})
}
