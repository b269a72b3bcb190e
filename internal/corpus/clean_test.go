package corpus

import (
	"strings"
	"testing"
)

func TestClean(t *testing.T) {
	long := "The committee met on Tuesday to discuss the budget and agreed on a plan that would cut spending across several departments over the next five years."
	long2 := "Opponents of the plan said it would harm schools and hospitals, and vowed to fight it when the full chamber takes up the measure next month."
	post1 := "The whole game of wasting votes in Congress to target others on the record, for bills they have no intent to pass, is a disgrace."
	post2 := "Stop wasting the American people's time and learn to govern. Our jobs are not for campaigning, and that is exactly what these votes are for. — A. Member (@member) March 23, 2019"
	quote := `"The whole game of wasting votes in Congress to target others on the record, for bills they have no intent to pass, is a disgrace," she wrote on Saturday. "Stop wasting the American people's time and learn to govern. Our jobs are not for campaigning, and that is exactly what these votes are for."`
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"whitespace only", " \t\n\n ", ""},
		{"spaces and tabs collapse, lines trim", "  One \t two   three.  ", "One two three."},
		{"paragraphs separated by one blank line", "First.\n\n\n\nSecond.\r\n\r\nThird.", "First.\n\nSecond.\n\nThird."},
		{"single newlines keep paragraphs", "First paragraph.\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."},
		{"hard-wrapped lines join", "The committee met on Tuesday to discuss the budget and\nagreed on a plan.", "The committee met on Tuesday to discuss the budget and agreed on a plan."},
		{"nfc", "Cafe\u0301 owners.", "Caf\u00e9 owners."},
		{"nbsp and zero width", "A\u00a0B\u200bC.", "A BC."},
		{"dropped invisible joins a letter and its mark", "A\u200b\u0306 x", "\u0102 x"},
		{"control characters dropped", "A\x00B\x07C.", "ABC."},
		{"invalid utf-8 replaced", "bad \xff byte.", "bad \uFFFD byte."},
		{"mojibake apostrophe", "Trumpâ€™s plan.", "Trump’s plan."},
		{"mojibake quotes", "He said â€œnoâ€\u009d today.", "He said “no” today."},
		{"mojibake lost last byte", "He said â€œnoâ€ today.", "He said “no” today."},
		{"double-encoded mojibake", "Trumpâ€™s plan and Ã¢â‚¬â„¢ here.", "Trump’s plan and ’ here."},
		{"mojibake latin", "CafÃ© and SÃ£o Paulo.", "Café and São Paulo."},
		{"legit accents untouched", "Spaß” and naïve café — “quoted” ½°.", "Spaß” and naïve café — “quoted” ½°."},
		{"share widget line", "Shares\n\n" + long, long},
		{"share widget tokens", "Shares   " + long + "  12 Shares", long},
		{"advertisement", long + "\n\nAdvertisement\n\n" + long2, long + "\n\n" + long2},
		{"story continued below line", long + "\n\nStory Continued Below\n\n" + long2, long + "\n\n" + long2},
		{"story continued below inline", "The vote was close. Story Continued Below The result surprised many.", "The vote was close. The result surprised many."},
		{"read more", long + "\n\nREAD MORE: Senate passes the bill in a late vote\n\nRead more", long},
		{"related", long + "\n\nRelated: Another story about the budget", long},
		{"related headline then read more", long + "\n\nSenate passes farm bill after 'long night' of votes Read more\n\n" + long2, long + "\n\n" + long2},
		{"sentence then read more stays", long + "\n\nThe full report is online. Read more", long + "\n\nThe full report is online. Read more"},
		{"newsletter prompt", long + "\n\nSign up for our newsletter to get the news in your inbox every morning.", long},
		{"click here", long + "\n\nClick here to subscribe.", long},
		{"video placeholder, its caption stays", "Media playback is unsupported on your device Media caption Jane Roe: \"We will rebuild\"\n\n" + long, "Jane Roe: \"We will rebuild\"\n\n" + long},
		{"video placeholder alone", long + "\n\nMedia playback is unsupported on your device\n\n" + long2, long + "\n\n" + long2},
		{"a sentence about media playback stays", long + "\n\nMedia playback is a feature the company added in May.", long + "\n\nMedia playback is a feature the company added in May."},
		{"credit line stays", long + "\n\nABC News' Chris Donovan contributed to this report.", long + "\n\nABC News' Chris Donovan contributed to this report."},
		{"quote mentioning newsletter stays", `"We sign up voters through the newsletter," she said.`, `"We sign up voters through the newsletter," she said.`},
		{"related headline run in a line", long + "   Kansas man praised by diplomats   Cat rescued from inside chimney   Lego launching Women of NASA toy set", long},
		{"related headline paragraphs", long + "\n\n" + long2 + "\n\nKansas man praised by diplomats\n\nCat rescued from inside a chimney\n\nLego launching Women of NASA toy set", long + "\n\n" + long2},
		{"labelled related list", long + "\n\nRelated Coverage\n\nKansas man praised by diplomats\n\nCat rescued from inside a chimney\n\n" + long2, long + "\n\n" + long2},
		{"a list inside the story stays", long + "\n\nHong Kong Welfare Council Workers Union\n\nEsk Biochem Hand Sanitizer\n\nAds depicting violence or threats\n\n" + long2, long + "\n\nHong Kong Welfare Council Workers Union\n\nEsk Biochem Hand Sanitizer\n\nAds depicting violence or threats\n\n" + long2},
		{"a list alone stays", "The winners:\n\nKansas man praised by diplomats\n\nCat rescued from inside a chimney\n\nLego launching Women of NASA toy set", "The winners:\n\nKansas man praised by diplomats\n\nCat rescued from inside a chimney\n\nLego launching Women of NASA toy set"},
		{"trailing credits stay", long + "\n\nContributing: KARE-TV, The Associated Press\n\nSources: US Navy, MarineTraffic.com, AFP\n\nPhotos by Jane Doe for The Post", long + "\n\nContributing: KARE-TV, The Associated Press\n\nSources: US Navy, MarineTraffic.com, AFP\n\nPhotos by Jane Doe for The Post"},
		{"earnings table stays", long + "\n\n" + long2 + "\n\nShr 87 cts vs 76 cts\n\nNet 5,436,000 vs 3,888,000\n\nSales 43.9 mln vs 31.5 mln", long + "\n\n" + long2 + "\n\nShr 87 cts vs 76 cts\n\nNet 5,436,000 vs 3,888,000\n\nSales 43.9 mln vs 31.5 mln"},
		{"figures in a line stay", "Rates:  5.00 pct   30-87 days   5.75 pct   272-295 days", "Rates: 5.00 pct 30-87 days 5.75 pct 272-295 days"},
		{"two short lines stay", long + "\n\nThe Vote\n\nWhat Comes Next", long + "\n\nThe Vote\n\nWhat Comes Next"},
		{"flat copy before clean paragraphs", long + " " + long2 + "\n\n" + long + "\n\n" + long2, long + "\n\n" + long2},
		{"flat copy after clean paragraphs", long + "\n\n" + long2 + "\n\n" + long + " " + long2, long + "\n\n" + long2},
		{"repeated paragraph keeps the first", long + "\n\n" + long2 + "\n\n" + long, long + "\n\n" + long2},
		{"quote repeated by two embedded posts stays", quote + "\n\n" + post1 + "\n\n" + post2, quote + "\n\n" + post1 + "\n\n" + post2},
		{"short repeats stay", "He said no.\n\nShe said yes.\n\nHe said no.", "He said no.\n\nShe said yes.\n\nHe said no."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Trumpâ€™s\tplan \n here ", "Trump’s plan here"},
		{"Cafe\u0301", "Caf\u00e9"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanLine(tt.in); got != tt.want {
			t.Errorf("cleanLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sen. Al Franken spoke. Then he left.", "Sen. Al Franken spoke."},
		{"The U.S. Senate voted. Next.", "The U.S. Senate voted."},
		{`"It is false," he said. Then more.`, `"It is false," he said.`},
		{"Donald J. Trump won. More.", "Donald J. Trump won."},
		{"No end here", "No end here"},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := titleFromText(strings.Repeat("word ", 100) + "end."); !strings.HasSuffix(got, "…") || len([]rune(got)) > 151 {
		t.Errorf("long title %q", got)
	}
}
