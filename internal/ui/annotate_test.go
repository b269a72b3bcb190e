package ui

import (
	"strings"
	"testing"

	"storytui/internal/extract"
)

// TestAnnotateSpeakerAfterClosingMark: the "(— speaker)" note goes after
// the quote's closing mark, whether punctuation comes before the mark or
// after it, never inside the quote.
func TestAnnotateSpeakerAfterClosingMark(t *testing.T) {
	tests := []struct {
		text, quote, want string
	}{
		{`She said the plan did not "meet the test of the treaty", in her view.`, "meet the test of the treaty",
			`"meet the test of the treaty" (— Ann Lee), in her view.`},
		{`"We will rebuild the bridge," Ann Lee said.`, "We will rebuild the bridge",
			`"We will rebuild the bridge," (— Ann Lee) Ann Lee said.`},
		{`She called it “a bad deal”.`, "a bad deal", `“a bad deal” (— Ann Lee).`},
		{`Her words were a bad deal. Nothing more.`, "a bad deal", `a bad deal (— Ann Lee). Nothing more.`},
	}
	for _, tt := range tests {
		s := strings.Index(tt.text, tt.quote)
		ex := extract.Result{Quotes: []extract.Quote{{Text: tt.quote, Speaker: "Ann Lee", Kind: "direct", Start: s, End: s + len(tt.quote)}}}
		got := annotate(tt.text, ex, nil).text
		if !strings.Contains(got, tt.want) {
			t.Errorf("annotate(%q) = %q, want it to hold %q", tt.text, got, tt.want)
		}
	}
}
