package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"storytui/internal/corpus"
	"storytui/internal/index"
)

// TestShortURL: the reader's header shows a url on one line, keeping
// the host and the end of the slug longest.
func TestShortURL(t *testing.T) {
	tests := []struct {
		name, url string
		w         int
		want      string
	}{
		{"fits as it is", "https://www.example.com/2019/05/story-slug/", 60, "https://www.example.com/2019/05/story-slug/"},
		{"scheme and www dropped", "https://www.example.com/2019/05/story-slug/", 32, "example.com/2019/05/story-slug"},
		{"query dropped first", "http://example.org/world/a-ferry-sank.html?utm_source=feed&module=top-news&region=lede", 40, "example.org/world/a-ferry-sank.html?…"},
		{"fragment dropped", "https://example.org/a/b#comments-section-1234", 20, "example.org/a/b#…"},
		{"folders dropped", "https://news.example.com/politics/2017/03/02/senate/committee/hearing-delayed-again", 46, "news.example.com/…/hearing-delayed-again"},
		{"slug cut last", "https://news.example.com/politics/2017/a-very-long-slug-that-goes-on-and-on", 36, "news.example.com/…/a-very-long-slug…"},
		{"not a url", "see the print edition, page four", 12, "see the pri…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := shortURL(tt.url, tt.w)
			if got != tt.want {
				t.Errorf("shortURL(%q, %d) = %q, want %q", tt.url, tt.w, got, tt.want)
			}
			if ansi.StringWidth(got) > tt.w {
				t.Errorf("%q is %d cells, wider than %d", got, ansi.StringWidth(got), tt.w)
			}
		})
	}
}

// TestReaderHeaderURLOneLine: a long url with a tracking query takes one
// row of the reader's header, not three, and a long byline one row too.
func TestReaderHeaderURLOneLine(t *testing.T) {
	r := newReaderPane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
	r.SetSize(50, 20)
	u := "https://www.example.com/2016/09/20/nyregion/a-made-up-story.html?action=click&pgtype=Homepage&module=a-lede-package-region&region=top-news"
	r.SetDocument(index.Document{Article: corpus.Article{ID: "x", Title: "A title", Source: "Example", Author: "A One, B Two, C Three, D Four, E Five, F Six", URL: u, Text: "Some text."}}, "")
	var header []string
	for _, ln := range r.lines {
		if ln.kind == kindRule {
			break
		}
		header = append(header, ln.text)
	}
	want := []string{"A title", "Example · A One, B Two, C Three +3", "example.com/…/a-made-up-story.html", "id x"}
	if strings.Join(header, "\n") != strings.Join(want, "\n") {
		t.Errorf("header rows:\n%s\nwant:\n%s", strings.Join(header, "\n"), strings.Join(want, "\n"))
	}
}

func TestFewAuthors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Ann Lee", "Ann Lee"},
		{"A One, B Two, C Three, D Four", "A One, B Two, C Three, D Four"},
		{"A One, B Two, C Three, D Four, E Five", "A One, B Two, C Three +2"},
	}
	for _, tt := range tests {
		if got := fewAuthors(tt.in); got != tt.want {
			t.Errorf("fewAuthors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
