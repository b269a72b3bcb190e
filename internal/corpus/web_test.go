package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "web", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// bridgeBody are sentences of the news page's story, one from each of its
// paragraphs, which must all survive extraction.
var bridgeBody = []string{
	"The city council voted 7-2 on Tuesday night to spend $48 million",
	"The vote came after nearly four hours of public comment",
	`"We cannot keep asking people to drive across a bridge that is shedding pieces of itself," said Councilmember Janet Okafor`,
	"The two dissenting members, Councilmembers Robert Hale and Priya Natarajan",
	`Natarajan called the repair plan "a bandage on a broken leg."`,
	"City engineer Thomas Weir told the council",
	`"If they had shut it for two years, half of us would be gone," said Luis Ferreira`,
	"The remainder will come from a bond measure that voters approved in 2022.",
}

// bridgeFurniture is text of the page around the story: cookie banner,
// navigation, ads, share buttons, caption, newsletter box, related links,
// comments, sidebar and footer.
var bridgeFurniture = []string{
	"cookies", "Politics", "Subscribe", "Advertisement", "Refinance", "Sponsored",
	"Five foods", "Share on", "Inspectors flag corrosion", "Sign up", "newsletter",
	"Ferry service to add weekend runs", "School board weighs cuts",
	"harborwatcher77", "Typical waste", "bike lane", "Comments", "Most read",
	"Luxury condos", "Beloved diner", "All rights reserved", "Privacy policy",
	"dataLayer", "City Council approves", // the headline is the title, not a paragraph
}

// ledgerFull are sentences of the feed's full items; ledgerFurniture the
// share box and WordPress footer each of them carries.
var (
	ledgerFull = []string{
		"named Rachel Ostrander, a former deputy administrator",
		`"She was the unanimous choice."`,
		`"I have been flipping eggs here since I was fourteen," he said.`,
		"funded from existing overtime money for the first six months.",
	}
	ledgerFurniture = []string{"Share this", "Facebook", "appeared first on", "The post "}
)

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Northern Wire</title>
  <link href="https://wire.example/"/>
  <updated>2024-05-02T10:00:00Z</updated>
  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
  <entry>
    <title type="html">Mill town votes to keep its &lt;em&gt;last&lt;/em&gt; school open</title>
    <link href="https://wire.example/2024/05/mill-town-school"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2024-05-02T09:30:00Z</published>
    <author><name>Ellen Marsh</name></author>
    <summary>Residents voted to raise taxes to keep the school open.</summary>
    <content type="html">&lt;p&gt;Residents of Harlow voted 412-380 on Wednesday to raise property taxes to keep the town's last school open.&lt;/p&gt;&lt;p&gt;"This school is the reason young families still move here," said Principal Tom Avery.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Bridge inspection finds no new damage</title>
    <link href="https://wire.example/2024/05/bridge-inspection"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2024-05-01T17:00:00Z</updated>
    <summary type="html">&lt;p&gt;State inspectors found no new cracks in the Route 4 bridge.&lt;/p&gt;</summary>
  </entry>
</feed>
`

// latin1Page is a saved page in ISO-8859-1 with no canonical link: its
// address comes from the "saved from" mark browsers write.
var latin1Page = []byte("<!DOCTYPE html>\n<!-- saved from url=(0040)https://gazette.example/2024/caf\xe9-owners -->\n" +
	"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 owners protest new parking rules</title></head><body>" +
	"<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>" +
	"<article><h1>Caf\xe9 owners protest new parking rules</h1>" +
	"<p>Owners of a dozen caf\xe9s on Market Street said on Friday that the city's new parking rules would drive customers away from the old town centre.</p>" +
	"<p>\"People will not circle the block three times for a coffee,\" said Ren\xe9e Fournier, who has run a caf\xe9 on the street for twenty years.</p>" +
	"<p>The city said the rules would free up spaces for delivery vans during the morning rush and would be reviewed after six months.</p>" +
	"</article><footer>Contact us | Privacy</footer></body></html>")

func TestReadWebFormats(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		input     []byte
		wantN     int
		wantProbs []string // Problem lines
		check     func(t *testing.T, arts []Article, probs []Problem)
	}{
		{
			name: "news page keeps the story and drops the furniture", file: "harbor-bridge.html",
			input: fixture(t, "harbor-bridge.html"), wantN: 1,
			check: func(t *testing.T, arts []Article, _ []Problem) {
				a := arts[0]
				want := Article{
					ID: "harbor-bridge", Title: "City council approves harbor bridge repairs after heated debate",
					Source: "The Harbor Ledger", Author: "Maria Delgado", DateText: "2024-03-12",
					URL: "https://www.harborledger.example/2024/03/12/council-approves-bridge-repairs",
				}
				if a.ID != want.ID || a.Title != want.Title || a.Source != want.Source || a.Author != want.Author || a.DateText != want.DateText || a.URL != want.URL {
					t.Errorf("metadata:\n got %+v\nwant %+v", a, want)
				}
				if !a.Date.Equal(time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("date %v", a.Date)
				}
				if a.Summary {
					t.Error("a full page marked summary")
				}
				assertText(t, a.Text, bridgeBody, bridgeFurniture)
				if n := strings.Count(a.Text, "\n\n") + 1; n != len(bridgeBody) {
					t.Errorf("%d paragraphs, want %d:\n%s", n, len(bridgeBody), a.Text)
				}
			},
		},
		{
			name: "gzipped page", file: "page.htm.gz",
			input: gzipBytes(t, fixture(t, "harbor-bridge.html")), wantN: 1,
			check: func(t *testing.T, arts []Article, _ []Problem) {
				if arts[0].ID != "page" || !strings.Contains(arts[0].Text, bridgeBody[0]) {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
		{
			name: "legacy charset and saved-from address", file: "cafe.html", input: latin1Page, wantN: 1,
			check: func(t *testing.T, arts []Article, _ []Problem) {
				a := arts[0]
				if a.Title != "Café owners protest new parking rules" {
					t.Errorf("title %q", a.Title)
				}
				if a.URL != "https://gazette.example/2024/caf%C3%A9-owners" {
					t.Errorf("url %q", a.URL)
				}
				assertText(t, a.Text, []string{"Owners of a dozen cafés", `said Renée Fournier`, "reviewed after six months"}, []string{"Sport", "Privacy", "Café owners protest"})
			},
		},
		{
			name: "page with no article", file: "nav.html",
			input:     []byte(`<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>`),
			wantProbs: []string{"0"},
		},
		{
			name: "rss feed: one article per item, summaries marked", file: "harbor-ledger.rss.xml",
			input: fixture(t, "harbor-ledger.rss.xml"), wantN: 10,
			check: func(t *testing.T, arts []Article, _ []Problem) {
				seen := map[string]bool{}
				var summaries []string
				var all strings.Builder
				for i, a := range arts {
					if a.Line != i+1 || a.Source != "The Harbor Ledger" || a.Author == "" || a.URL == "" || a.Date.IsZero() || a.Title == "" {
						t.Errorf("item %d: %+v", i+1, a)
					}
					if seen[a.ID] {
						t.Errorf("duplicate id %s", a.ID)
					}
					seen[a.ID] = true
					if a.Summary {
						summaries = append(summaries, a.Title)
						if !strings.HasSuffix(a.Text, SummaryNote) {
							t.Errorf("summary %q without the note: %q", a.Title, a.Text)
						}
					} else if strings.Contains(a.Text, SummaryNote) {
						t.Errorf("full item %q has the summary note", a.Title)
					}
					all.WriteString(a.Text + "\n\n")
				}
				want := "School board weighs cuts to arts programs|Volunteers pull two tons of trash from the harbor|Local lottery winner claims prize"
				if got := strings.Join(summaries, "|"); got != want {
					t.Errorf("summaries %q, want %q", got, want)
				}
				assertText(t, all.String(), ledgerFull, ledgerFurniture)
				if d := arts[0].Date.UTC(); !d.Equal(time.Date(2024, 3, 11, 13, 15, 0, 0, time.UTC)) {
					t.Errorf("first date %v", d)
				}
			},
		},
		{
			name: "atom feed", file: "wire.atom", input: []byte(atomFeed), wantN: 2,
			check: func(t *testing.T, arts []Article, _ []Problem) {
				a, b := arts[0], arts[1]
				if a.Title != "Mill town votes to keep its last school open" || a.Author != "Ellen Marsh" || a.Source != "Northern Wire" || a.Summary {
					t.Errorf("first entry %+v", a)
				}
				assertText(t, a.Text, []string{"voted 412-380", `said Principal Tom Avery.`}, []string{"<p>", "Residents voted to raise taxes"})
				if !b.Summary || !strings.HasPrefix(b.Text, "State inspectors found no new cracks") || b.Date.IsZero() {
					t.Errorf("second entry %+v", b)
				}
			},
		},
		{
			name: "xml that is not a feed", file: "sitemap.xml",
			input:     []byte(`<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>`),
			wantProbs: []string{"0"},
			check: func(t *testing.T, _ []Article, probs []Problem) {
				if !strings.Contains(probs[0].Reason, "not an RSS or Atom feed") {
					t.Errorf("reason %q", probs[0].Reason)
				}
			},
		},
		{
			name: "item without text is reported at its place", file: "f.rss",
			input: []byte(`<rss version="2.0"><channel><title>T</title>` +
				`<item><title>Empty one</title><link>https://x.example/1</link></item>` +
				`<item><title>Fine</title><description>The mayor said the park would reopen in May.</description></item>` +
				`</channel></rss>`),
			wantN: 1, wantProbs: []string{"1"},
			check: func(t *testing.T, arts []Article, _ []Problem) {
				if arts[0].Line != 2 || !arts[0].Summary {
					t.Errorf("got %+v", arts[0])
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, probs := readAll(t, tt.file, tt.input)
			if len(arts) != tt.wantN {
				t.Fatalf("%d articles, want %d; problems %v", len(arts), tt.wantN, probs)
			}
			if got, want := strings.Join(problemLines(probs), ","), strings.Join(tt.wantProbs, ","); got != want {
				t.Fatalf("problem lines %q, want %q: %v", got, want, probs)
			}
			for _, a := range arts {
				if a.File != tt.file || a.Text != Clean(a.Text) {
					t.Errorf("article %s: file %q, or text not clean", a.ID, a.File)
				}
			}
			if tt.check != nil {
				tt.check(t, arts, probs)
			}
		})
	}
}

// assertText checks that text holds every one of keep and none of drop.
func assertText(t *testing.T, text string, keep, drop []string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(text, k) {
			t.Errorf("lost %q from:\n%s", k, text)
		}
	}
	for _, d := range drop {
		if strings.Contains(text, d) {
			t.Errorf("kept furniture %q in:\n%s", d, text)
		}
	}
}

func TestHTMLToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>One  two\n three.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"First line<br>second line<br><br>New para", "First line\nsecond line\n\nNew para"},
		{"<div>A <b>bold</b> <i>move</i>.</div><script>x()</script><style>p{}</style>", "A bold move."},
		{"<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"},
		{"<pre>keep   this\n  layout</pre>", "keep   this\n  layout"},
		{"Tom &amp; Jerry &ldquo;quoted&rdquo;", "Tom & Jerry “quoted”"},
		{"<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := HTMLToText(tt.in); got != tt.want {
			t.Errorf("HTMLToText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSavedFromURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<!DOCTYPE html>\n<!-- saved from url=(0029)https://news.example/a/b.html -->\n<html>", "https://news.example/a/b.html"},
		{"<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://news.example/story \n saved date: Tue Mar 12 2024\n-->", "https://news.example/story"},
		{"<html><!-- a comment --></html>", ""},
	}
	for _, tt := range tests {
		if got := savedFromURL([]byte(tt.in)); got != tt.want {
			t.Errorf("savedFromURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDiscoverWebFormats(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.html", "b.htm", "c.rss", "d.atom", "e.xml", "f.html.gz", "g.png"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, probs := Discover([]string{dir})
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f.Path))
	}
	if got := strings.Join(names, ","); got != "a.html,b.htm,c.rss,d.atom,e.xml,f.html.gz" || len(probs) != 0 {
		t.Errorf("found %s, problems %v", got, probs)
	}
}

func TestTrimSiteSuffix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbor bridge repairs approved | Ledger", "Harbor bridge repairs approved"},
		{"Harbor bridge repairs approved - The Harbor Ledger", "Harbor bridge repairs approved"},
		{"Senate passes the budget — Politics — The Daily News", "Senate passes the budget — Politics"},
		{"Harbor bridge repairs approved", "Harbor bridge repairs approved"},
		{"Brexit - what happens next", "Brexit - what happens next"}, // head too short to be the title
		{"Trump says tariffs stay - and markets fall as traders sell off stocks", "Trump says tariffs stay - and markets fall as traders sell off stocks"},
	}
	for _, tt := range tests {
		if got := trimSiteSuffix(tt.in); got != tt.want {
			t.Errorf("trimSiteSuffix(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
