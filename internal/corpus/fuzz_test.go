package corpus

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkArticles asserts what every loaded article must satisfy whatever
// the input: an id, text that Clean leaves as it is, valid UTF-8.
func checkArticles(t *testing.T, name string, input []byte) {
	t.Helper()
	probs := Read(name, bytes.NewReader(input), func(a Article) {
		if a.ID == "" || a.Text == "" {
			t.Errorf("article without id or text: %+v", a)
		}
		for _, s := range []string{a.ID, a.Title, a.Source, a.Author, a.Text} {
			if !utf8.ValidString(s) {
				t.Errorf("invalid UTF-8 in %q", s)
			}
		}
		if a.File != name {
			t.Errorf("File %q", a.File)
		}
	})
	for _, p := range probs {
		if p.File != name || p.Reason == "" || p.Line < 0 {
			t.Errorf("bad problem %+v", p)
		}
		if strings.Contains(p.Reason, "internal error") {
			t.Errorf("reader panicked: %v", p)
		}
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Some text here."}` + "\n"))
	f.Add([]byte(`{"id":1,"title":null,"body":["p1","p2"],"author":["x"]}` + "\n{bad\n"))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Add([]byte(`{"text":"caf` + "\xe9" + `"}`))
	f.Fuzz(func(t *testing.T, b []byte) { checkArticles(t, "f.jsonl", b) })
}

func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"id":"a","text":"x y z."},{"id":"b","text": nope}]`))
	f.Add([]byte("{\n\"text\": \"one\"\n}\n{\"text\":\"two\"}"))
	f.Add([]byte("[\n{\"text\":\"unclosed},\n{\"text\":\"ok\"}\n]"))
	f.Add([]byte(`[42, "x", [1], {}]`))
	f.Fuzz(func(t *testing.T, b []byte) { checkArticles(t, "f.json", b) })
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("id,title,text\n1,T,\"a\nb\"\n2,T,c\n"))
	f.Add([]byte(",id,title,publication,author,date,year,month,url,content\n0,1,T,P,A,2016-01-01,2016,1,,text\n"))
	f.Add([]byte("id,text\n1,\"broken\n2,ok\n"))
	f.Add([]byte("text\n\"\"\"\",x\n"))
	f.Fuzz(func(t *testing.T, b []byte) { checkArticles(t, "f.csv", b) })
}

func FuzzReadText(f *testing.F) {
	f.Add([]byte("Headline\nHeadline\nShares   Body text.  Shares   A B C   D E F   G H I\n\nBody text."))
	f.Add([]byte("---\ntitle: x\n---\n# T\n\nBody."))
	f.Add([]byte(" (CNN) One sentence. Two."))
	f.Fuzz(func(t *testing.T, b []byte) { checkArticles(t, "f.md", b) })
}

func FuzzClean(f *testing.F) {
	f.Add("Shares   Attorney General met.  Kansas man praised   Cat rescued here   Lego set launched\n\nAttorney General met.")
	f.Add("Trumpâ€™s Ã¢â‚¬â„¢ \xff\r\n\r\n\tx\u00a0y\u2028z")
	f.Add("READ MORE: x\n\nAdvertisement\n\nStory Continued Below")
	f.Add("a\n\n\n\nb  c")
	f.Add("Sen. Ann Hall Annabel HallFarm bill stalls MORE (R-Ohio) and Tom Reed Tom Walter Reed Budget talks MORE’s aide")
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8: %q", out)
		}
		if out != strings.TrimSpace(out) || strings.Contains(out, "\n\n\n") || strings.Contains(out, "  ") ||
			strings.ContainsAny(out, "\t\r\x00") || strings.Contains(out, " \n") || strings.Contains(out, "\n ") {
			t.Fatalf("whitespace not normalised: %q", out)
		}
		for _, p := range strings.Split(out, "\n\n") {
			if out != "" && (p == "" || strings.Contains(p, "\n")) {
				t.Fatalf("bad paragraph %q in %q", p, out)
			}
		}
		if again := Clean(out); again != out {
			t.Fatalf("Clean not idempotent:\n once %q\ntwice %q", out, again)
		}
		if len(out) > len(s)*2+8 {
			t.Fatalf("output grew: %d -> %d", len(s), len(out))
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2017-03-02", "Thu, 02 Mar 2017 10:00:00 GMT", "2/3/2017", "Mar. 2nd, 2017", "31/12/1999", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		if !ok && !d.IsZero() {
			t.Fatalf("ParseDate(%q) failed but returned %v", s, d)
		}
		if ok && d.IsZero() {
			t.Fatalf("ParseDate(%q) returned the zero time", s)
		}
	})
}

func FuzzDetectSource(f *testing.F) {
	f.Add("WASHINGTON (Reuters) - x")
	f.Add("x. ABC News' Chris Donovan contributed to this report.")
	f.Fuzz(func(t *testing.T, s string) {
		if src := DetectSource(s); len(src) > 60 || strings.Contains(src, "\n") {
			t.Fatalf("DetectSource(%q) = %q", s, src)
		}
	})
}

func FuzzDropHoverCards(f *testing.F) {
	f.Add("Sen. Ann Hall Annabel HallFarm bill stalls MORE (R-Ohio) said.")
	f.Add("Speaker Tom Reed Tom Walter Reed Budget deal collapses MORE’s office")
	f.Add("Chad WolfChad WolfBorder MORE and Dan McKay Daniel McKayTax MORE")
	f.Add("Tom Reed Jr. Thomas (Tom) Reed2024 poll MORE")
	f.Fuzz(func(t *testing.T, s string) {
		out := dropHoverCards(s)
		if len(out) > len(s) {
			t.Fatalf("output grew: %q -> %q", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input: %q -> %q", s, out)
		}
		if again := dropHoverCards(out); again != out {
			t.Fatalf("not idempotent:\n once %q\ntwice %q", out, again)
		}
	})
}
