package ui

import (
	"strings"
	"testing"

	"storytui/internal/corpus"
	"storytui/internal/index"
)

// TestReaderTitlePosition: a long article's title bar says how far down
// the view is, in words ("top", "end": vim's "Bot" was read as a byline);
// one that fits says nothing.
func TestReaderTitlePosition(t *testing.T) {
	long := strings.Repeat("A paragraph of the article that wraps over a line or two.\n\n", 40)
	tests := []struct {
		name   string
		text   string
		scroll func(r *readerPane)
		want   string
	}{
		{"fits", "One short paragraph.", func(*readerPane) {}, "Reader"},
		{"top", long, func(*readerPane) {}, "Reader · top"},
		// 85 rows, 12 shown from row 30: down to row 42, 49%.
		{"middle", long, func(r *readerPane) { r.scrollTo(30) }, "Reader · 49%"},
		{"bottom", long, func(r *readerPane) { r.scrollTo(r.rows) }, "Reader · end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newReaderPane(&common{styles: NewStyles(true), keys: DefaultKeyMap()})
			r.SetSize(60, 12)
			r.SetDocument(index.Document{Article: corpus.Article{ID: "x", Title: "A title", Text: tt.text}}, "")
			tt.scroll(&r)
			if tt.name == "middle" && (r.rows != 85 || r.height != 12) {
				t.Fatalf("the article wraps to %d rows in %d, not 85 in 12", r.rows, r.height)
			}
			if got := r.Title(); got != tt.want {
				t.Errorf("Title() = %q, want %q (rows %d, height %d, offset %d)", got, tt.want, r.rows, r.height, r.offset)
			}
		})
	}
}
