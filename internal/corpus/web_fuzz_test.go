package corpus

import (
	"testing"
	"unicode/utf8"
)

func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><head><title>T</title></head><body><article><p>The mayor said on Monday that the new park would open in May after two years of work.</p></article></body></html>`))
	f.Add([]byte("<!-- saved from url=(0010)http://x/ --><p>caf\xe9 \xff</p>"))
	f.Add([]byte(`<meta charset="shift_jis"><p>` + "\x82\xa0" + `</p><table><tr><td>x`))
	f.Add([]byte(`<div><div><div><p>unclosed <b><i>tags <br> everywhere`))
	f.Fuzz(func(t *testing.T, b []byte) { checkArticles(t, "f.html", b) })
}

func FuzzReadFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>T</title><item><title>A</title><description>&lt;p&gt;Text of the item.&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(atomFeed))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div>x</div></content></entry>`))
	f.Add([]byte("<rss><channel><item><title>\xff\xfe</title><content:encoded><![CDATA[<p>caf\xe9</p>]]></content:encoded></item>"))
	f.Fuzz(func(t *testing.T, b []byte) { checkArticles(t, "f.rss", b) })
}

func FuzzHTMLToText(f *testing.F) {
	f.Add("<p>One  two</p><br><pre> x </pre>")
	f.Add("a<b>b</b>&amp;&#0;&#xD800;\xff")
	f.Add("<script>never</script><table><td>1<td>2")
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLToText(s)
		if !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 out: %q", out)
		}
	})
}
