package aggregate

import (
	"slices"
	"strings"
	"testing"

	"storytui/internal/extract"
)

var (
	sessions = []extract.Person{person("Jeff Sessions", 3, "Sessions")}
	bare     = []extract.Person{person("Sessions", 1)}
)

func sourceIDs(q Quote) []string {
	var ids []string
	for _, s := range q.Sources {
		ids = append(ids, s.ArticleID)
	}
	return ids
}

func TestQuotesGrouping(t *testing.T) {
	const never = "I never met with any Russian officials to discuss issues of the campaign"
	type want struct {
		text     string
		sources  []string // article ids, newest first
		variants []string // variant texts
	}
	for _, tc := range []struct {
		name   string
		arts   []Article
		person string
		want   []want
	}{
		{
			name: "identical after folding is one quote, sources newest first",
			arts: []Article{
				art("abc", "ABC News", "2017-03-01", sessions, [2]string{"Jeff Sessions", never + ","}),
				art("cnn", "CNN", "2017-03-03", sessions, [2]string{"Jeff Sessions", strings.ToUpper(never[:1]) + never[1:] + "."}),
				art("ap", "AP", "2017-03-02", bare, [2]string{"Sessions", "I never met with any Russian officials to discuss “issues” of the  campaign"}),
				art("old", "AP", "", sessions, [2]string{"Jeff Sessions", never}),
			},
			person: "jeff sessions",
			want:   []want{{text: never, sources: []string{"cnn", "ap", "abc", "old"}}},
		},
		{
			name: "a word changed is a variant with its diff",
			arts: []Article{
				art("1", "CNN", "2017-03-01", sessions, [2]string{"Jeff Sessions", "I did not have communications with the Russians at any time"}),
				art("2", "ABC", "2017-03-02", sessions, [2]string{"Jeff Sessions", "I did not have communications with the Russians at any time"}),
				art("3", "Fox", "2017-03-03", sessions, [2]string{"Jeff Sessions", "I did not have contact with the Russians at any time"}),
			},
			person: "Sessions",
			want: []want{{
				text:     "I did not have communications with the Russians at any time",
				sources:  []string{"3", "2", "1"},
				variants: []string{"I did not have contact with the Russians at any time"},
			}},
		},
		{
			name: "a long excerpt of a quote joins it; short ones and other statements do not",
			arts: []Article{
				art("1", "CNN", "2017-03-01", sessions, [2]string{"Jeff Sessions", "I have been called a surrogate at a time or two in that campaign and I did not have communications with the Russians"}),
				art("2", "ABC", "2017-03-02", sessions, [2]string{"Jeff Sessions", "called a surrogate at a time or two in that campaign"}),
				art("3", "AP", "2017-03-03", sessions, [2]string{"Jeff Sessions", "did not have communications"}, [2]string{"Jeff Sessions", "It is false"}, [2]string{"Jeff Sessions", "It is true"}),
			},
			person: "jeff sessions",
			want: []want{
				{text: "I have been called a surrogate at a time or two in that campaign and I did not have communications with the Russians", sources: []string{"2", "1"}, variants: []string{"called a surrogate at a time or two in that campaign"}},
				{text: "did not have communications", sources: []string{"3"}},
				{text: "It is false", sources: []string{"3"}},
				{text: "It is true", sources: []string{"3"}},
			},
		},
		{
			name: "other speakers' words stay apart",
			arts: []Article{
				art("1", "CNN", "2017-03-01", []extract.Person{person("Jeff Sessions", 1), person("Al Franken", 1)},
					[2]string{"Jeff Sessions", "we need a view of what the Russians did"}, [2]string{"Al Franken", "we need a view of what the Russians did"}),
			},
			person: "al franken",
			want:   []want{{text: "we need a view of what the Russians did", sources: []string{"1"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Quotes(tc.arts, tc.person)
			if len(got) != len(tc.want) {
				for _, q := range got {
					t.Logf("%q %v", q.Text, sourceIDs(q))
				}
				t.Fatalf("%d quotes, want %d", len(got), len(tc.want))
			}
			for _, w := range tc.want {
				i := slices.IndexFunc(got, func(q Quote) bool { return Fold(q.Text) == Fold(w.text) })
				if i < 0 {
					t.Errorf("no quote %q", w.text)
					continue
				}
				q := got[i]
				if ids := sourceIDs(q); !slices.Equal(ids, w.sources) {
					t.Errorf("%q: sources %v, want %v", w.text, ids, w.sources)
				}
				var vs []string
				for _, v := range q.Variants {
					vs = append(vs, v.Text)
					checkDiff(t, q.Text, v.Text, v.Diff)
					if !slices.ContainsFunc(v.Diff, func(e Edit) bool { return e.Op != "=" }) {
						t.Errorf("variant %q: diff with no change", v.Text)
					}
				}
				if !slices.Equal(vs, w.variants) {
					t.Errorf("%q: variants %q, want %q", w.text, vs, w.variants)
				}
			}
		})
	}
}

func TestQuotesVariantSources(t *testing.T) {
	arts := []Article{
		art("1", "CNN", "2017-03-01", sessions, [2]string{"Jeff Sessions", "I did not have communications with the Russians at any time"}),
		art("2", "Fox", "2017-03-02", sessions, [2]string{"Jeff Sessions", "I did not have contact with the Russians at any time"}),
		art("3", "AP", "2017-03-03", sessions, [2]string{"Jeff Sessions", "I did not have contact with the Russians at any time"}),
	}
	q := Quotes(arts, "jeff sessions")
	if len(q) != 1 || len(q[0].Variants) != 1 {
		t.Fatalf("got %+v", q)
	}
	// The wording two outlets used is the main one.
	if q[0].Text != arts[1].Result.Quotes[0].Text {
		t.Errorf("text %q, want the wording most sources use", q[0].Text)
	}
	v := q[0].Variants[0]
	if !slices.Equal(v.Sources, []string{"1"}) {
		t.Errorf("variant sources %v", v.Sources)
	}
	want := []Edit{{"=", "I did not have"}, {"-", "contact"}, {"+", "communications"}, {"=", "with the Russians at any time"}}
	if !slices.Equal(v.Diff, want) {
		t.Errorf("diff %v, want %v", v.Diff, want)
	}
}

func TestQuotesAllSpeakers(t *testing.T) {
	arts := []Article{
		art("1", "CNN", "2017-03-01", []extract.Person{person("Jeff Sessions", 1)},
			[2]string{"Jeff Sessions", "it is false"}, [2]string{"White House official", "an attack by partisan Democrats"}, [2]string{"", "unknown words"}),
		art("2", "ABC", "2017-03-02", []extract.Person{person("Sessions", 1)},
			[2]string{"Sessions", "It is false."}, [2]string{"White House official", "an attack by partisan Democrats"}),
	}
	got := Quotes(arts, "")
	bySpeaker := map[string]int{}
	for _, q := range got {
		bySpeaker[q.Speaker] = len(q.Sources)
	}
	want := map[string]int{"Jeff Sessions": 2, "White House official": 2, "": 1}
	if len(bySpeaker) != len(want) || len(got) != 3 {
		t.Fatalf("speakers %v, want %v", bySpeaker, want)
	}
	for k, n := range want {
		if bySpeaker[k] != n {
			t.Errorf("%q: %d sources, want %d", k, bySpeaker[k], n)
		}
	}
	if len(got[len(got)-1].Sources) != 1 {
		t.Errorf("most carried quotes not first")
	}
	if q := Quotes(arts, "White House official"); len(q) != 1 {
		t.Errorf("descriptor speaker: %d quotes", len(q))
	}
	if q := Quotes(arts, "nobody at all"); len(q) != 0 {
		t.Errorf("unknown person: %d quotes", len(q))
	}
}

func TestContext(t *testing.T) {
	long := strings.Repeat("word ", 80)
	for _, tc := range []struct {
		text, quote, want string
	}{
		{"First sentence. He said \"it is false,\" Sen. Al Franken said. Next one.", "it is false,", `He said "it is false," Sen. Al Franken said.`},
		{"Para one.\n\n\"It is false.\" Then more.", "It is false.", `"It is false."`},
		{"Donald J. Trump called it \"fake news.\" He left.", "fake news.", `Donald J. Trump called it "fake news."`},
		{"Start " + long + "\"the quote\" " + long + "end.", "the quote", "…"},
		{"“Curly quoted,” she said.\nNext", "Curly quoted,", "“Curly quoted,” she said."},
	} {
		i := strings.Index(tc.text, tc.quote)
		got := Context(tc.text, i, i+len(tc.quote))
		if tc.want == "…" {
			if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, `"the quote"`) || len(got) > maxContext+20 {
				t.Errorf("long context %q", got)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("Context(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := Context("abc", 2, 9); got != "" {
		t.Errorf("out of range: %q", got)
	}
}

func FuzzContext(f *testing.F) {
	f.Add("He said \"it is false,\" Sen. Franken said.", 9, 21)
	f.Add("“Curly quoted,” she said.\nNext", 3, 16)
	f.Add(strings.Repeat("ü ", 300), 101, 401)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		got := Context(text, start, end)
		if start < 0 || start >= end || end > len(text) {
			if got != "" {
				t.Fatalf("out of range gave %q", got)
			}
			return
		}
		if strings.ContainsAny(got, "\n\t") {
			t.Fatalf("context on several lines: %q", got)
		}
		if len(got) > maxContext+2*len("…")+8 && end-start <= maxContext {
			t.Fatalf("context too long (%d): %q", len(got), got)
		}
	})
}
