package extract

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	`"We won the vote today," said state party chairman`, // a role run that ends the text (was an index past the end)
	`"We will win," said Sen. Maria Gonzalez, D-Ohio.`,
	"“Open” and ”odd“ marks ''doubled'' ``back'' „low“ «guillemets»",
	"\"unclosed\n\n\"next paragraph\" and \"",
	"Mr. O'Leary's van der Berg-Smith Jr. met George H.W. Bush's aides.'''",
	"'''' \"\" ““ ”” .\"A",
	"A. B. C. D. E.",
	"“a’’ ‘‘b’’ ’’’ ‘‘‘ ’’\xe2\x80",
	"“lost. said Ann Lee, “and. said the",
}

func FuzzScanQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		paras := paragraphs(text)
		qs, marks := scanQuotes(text, paras)
		for _, q := range qs {
			if q.start < 0 || q.end > len(text) || q.start > q.end || q.open > q.start || q.close < q.end {
				t.Fatalf("bad quote %+v in %q", q, text)
			}
		}
		for i, m := range marks {
			if m.pos < 0 || m.pos+m.n > len(text) || i > 0 && marks[i-1].pos > m.pos {
				t.Fatalf("bad mark %+v", m)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r := Extract(Doc{Text: text})
		for _, q := range r.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote %+v", q)
			}
		}
		for _, p := range r.People {
			if p.Name == "" || p.Mentions < 1 {
				t.Fatalf("bad person %+v", p)
			}
			if utf8.ValidString(text) && !utf8.ValidString(p.Name) {
				t.Fatalf("invalid name %q", p.Name)
			}
		}
	})
}

func FuzzNames(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		an := analyse(text)
		for _, m := range an.mentions {
			if m.tfirst > m.first || m.first >= m.end || m.end > len(an.toks) || m.person < 0 || m.person >= len(an.people) {
				t.Fatalf("bad mention %+v", m)
			}
		}
		for _, tk := range an.toks {
			if tk.s < 0 || tk.e > len(text) || tk.s > tk.e || tk.fe < tk.e || tk.fe > len(text) {
				t.Fatalf("bad token %+v", tk)
			}
		}
	})
}
