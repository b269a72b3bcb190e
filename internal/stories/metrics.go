package stories

// Scores rates a clustering against the truth.
type Scores struct {
	Precision, Recall, F1 float64 // B-cubed
	ARI                   float64 // adjusted Rand index
}

// Evaluate scores a clustering: pred[i] and truth[i] are the cluster
// labels of item i (any strings; only equality matters). It panics if the
// slices differ in length.
func Evaluate(pred, truth []string) Scores {
	p, r, f := BCubed(pred, truth)
	return Scores{p, r, f, ARI(pred, truth)}
}

// Labels maps every member of stories to its story id, the form Evaluate
// reads once lined up with the truth.
func Labels(stories []Story) map[string]string {
	m := map[string]string{}
	for _, s := range stories {
		for _, id := range s.Members {
			m[id] = s.ID
		}
	}
	return m
}

// BCubed returns the B-cubed precision, recall and F1 of pred against
// truth (Bagga and Baldwin 1998; Amigó et al. 2009): per item, the share
// of its predicted cluster that truly belongs with it, and the share of
// its true cluster that was predicted with it, averaged over items.
// Empty input scores 1.
func BCubed(pred, truth []string) (precision, recall, f1 float64) {
	mustSameLen(pred, truth)
	if len(pred) == 0 {
		return 1, 1, 1
	}
	both := map[[2]string]float64{}
	inPred := map[string]float64{}
	inTruth := map[string]float64{}
	for i := range pred {
		both[[2]string{pred[i], truth[i]}]++
		inPred[pred[i]]++
		inTruth[truth[i]]++
	}
	for i := range pred {
		k := both[[2]string{pred[i], truth[i]}]
		precision += k / inPred[pred[i]]
		recall += k / inTruth[truth[i]]
	}
	n := float64(len(pred))
	precision /= n
	recall /= n
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}

// ARI returns the adjusted Rand index of pred against truth (Hubert and
// Arabie 1985): agreement on pairs of items corrected for chance, 1 for
// identical partitions and about 0 for random ones. When both partitions
// are trivial the same way (all singletons, or one cluster) it returns 1.
func ARI(pred, truth []string) float64 {
	mustSameLen(pred, truth)
	if len(pred) < 2 {
		return 1
	}
	both := map[[2]string]int{}
	inPred := map[string]int{}
	inTruth := map[string]int{}
	for i := range pred {
		both[[2]string{pred[i], truth[i]}]++
		inPred[pred[i]]++
		inTruth[truth[i]]++
	}
	pairs := func(n int) float64 { return float64(n) * float64(n-1) / 2 }
	var index, sumP, sumT float64
	for _, k := range both {
		index += pairs(k)
	}
	for _, k := range inPred {
		sumP += pairs(k)
	}
	for _, k := range inTruth {
		sumT += pairs(k)
	}
	expected := sumP * sumT / pairs(len(pred))
	maxIndex := (sumP + sumT) / 2
	if maxIndex == expected {
		return 1
	}
	return (index - expected) / (maxIndex - expected)
}

func mustSameLen(pred, truth []string) {
	if len(pred) != len(truth) {
		panic("stories: pred and truth differ in length")
	}
}
