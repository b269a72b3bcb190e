package corpus

import (
	"os"
	"strings"
	"testing"
)

// seedArticles reads the default corpus from the repository's data/.
func seedArticles(t *testing.T) map[string]Article {
	t.Helper()
	got := map[string]Article{}
	probs := ReadFS(os.DirFS("../../data"), func(a Article) { got[a.ID] = a })
	if len(probs) != 0 {
		t.Fatalf("problems reading seeds: %v", probs)
	}
	return got
}

func TestSeeds(t *testing.T) {
	arts := seedArticles(t)
	tests := []struct {
		id, title, source string
		once              []string // sentences that must appear exactly once
		absent            []string
		firstWords        string
	}{
		{
			id:         "000_1d55d7acc583357e",
			title:      "Sessions twice met with Russian ambassador in 2016 despite denial",
			source:     "ABC News",
			once:       []string{"I never met with any Russian officials", "Attorney General Jeff Sessions met twice with Russia's ambassador", "ABC News' Chris Donovan contributed to this report."},
			absent:     []string{"Shares", "Kansas shooting survivor praised by Indian diplomats", "Lego launching Women of NASA toy set", "Sessions twice met with Russian ambassador in 2016 despite denial", "  "},
			firstWords: "Attorney General Jeff Sessions met twice",
		},
		{
			id:         "004_3f6968eeb8e8c011",
			title:      "Attorney General Jeff Sessions met twice last year with the top Russian diplomat in Washington whose interactions with President Donald Trump’s…",
			source:     "CNN",
			once:       []string{"I never met with any Russian officials", "This story is being updated to reflect new developments."},
			absent:     []string{"  "},
			firstWords: "(CNN) Attorney General",
		},
	}
	if len(arts) != len(tests) {
		t.Fatalf("loaded %d seeds, want %d", len(arts), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			a, ok := arts[tt.id]
			if !ok {
				t.Fatalf("no article %s", tt.id)
			}
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if a.Source != tt.source {
				t.Errorf("source %q, want %q", a.Source, tt.source)
			}
			if got := DetectSource(a.Text); got != tt.source {
				t.Errorf("DetectSource = %q, want %q", got, tt.source)
			}
			if !strings.HasPrefix(a.Text, tt.firstWords) {
				t.Errorf("text starts %q", a.Text[:60])
			}
			for _, s := range tt.once {
				if n := strings.Count(a.Text, s); n != 1 {
					t.Errorf("%q appears %d times, want 1", s, n)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("text holds %q", s)
				}
			}
			if a.Line != 0 || a.File == "" {
				t.Errorf("file %q line %d", a.File, a.Line)
			}
			if Clean(a.Text) != a.Text {
				t.Error("Clean is not idempotent on the seed")
			}
		})
	}
}

// TestSeedKeepsContent checks that cleaning seed 004, which has no
// furniture, keeps every word.
func TestSeedKeepsContent(t *testing.T) {
	raw, err := os.ReadFile("../../data/004_3f6968eeb8e8c011.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(strings.Fields(Clean(string(raw)))), len(strings.Fields(string(raw))); got != want {
		t.Errorf("cleaned seed has %d words, raw %d", got, want)
	}
}
