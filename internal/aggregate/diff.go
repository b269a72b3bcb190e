package aggregate

import "strings"

// maxDiffCells bounds the LCS table; longer pairs of quotes (thousands
// of words each, which no real variant is) show the differing middle as
// one removal and one insertion.
const maxDiffCells = 1 << 22

// Diff is the word-level difference from a to b: runs of words kept
// ('='), only in a ('-') and only in b ('+'). Words are compared
// exactly, punctuation included, so a changed comma shows. Joining the
// '=' and '-' texts with spaces gives a's words, the '=' and '+' texts
// b's.
func Diff(a, b string) []Edit {
	aw, bw := strings.Fields(a), strings.Fields(b)
	pre := 0
	for pre < len(aw) && pre < len(bw) && aw[pre] == bw[pre] {
		pre++
	}
	suf := 0
	for suf < len(aw)-pre && suf < len(bw)-pre && aw[len(aw)-1-suf] == bw[len(bw)-1-suf] {
		suf++
	}
	var e editor
	e.add('=', aw[:pre]...)
	e.middle(aw[pre:len(aw)-suf], bw[pre:len(bw)-suf])
	e.add('=', aw[len(aw)-suf:]...)
	return e.out
}

// editor builds the edit list, merging runs of the same operation.
type editor struct {
	out []Edit
	op  []byte
}

func (e *editor) add(op byte, words ...string) {
	if len(words) == 0 {
		return
	}
	if n := len(e.out); n > 0 && e.op[n-1] == op {
		e.out[n-1].Text += " " + strings.Join(words, " ")
		return
	}
	e.out = append(e.out, Edit{Op: string(op), Text: strings.Join(words, " ")})
	e.op = append(e.op, op)
}

// middle diffs the part between the common prefix and suffix with a
// longest common subsequence table; removals come before insertions.
func (e *editor) middle(a, b []string) {
	n, m := len(a), len(b)
	if n == 0 || m == 0 || n*m > maxDiffCells {
		e.add('-', a...)
		e.add('+', b...)
		return
	}
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	w := m + 1
	lcs := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			e.add('=', a[i])
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			e.add('-', a[i])
			i++
		default:
			e.add('+', b[j])
			j++
		}
	}
	e.add('-', a[i:]...)
	e.add('+', b[j:]...)
}
