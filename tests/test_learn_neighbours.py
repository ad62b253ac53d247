"""The cue-list neighbours: words the vectors put next to a list, for a person to vet."""
from kg import cues, learn


def test_neighbours_of_a_cue_list_are_new_words_ranked_by_similarity():
    found = learn.neighbours("statements", "speech_verbs", top=20, endings=("er", "ir", "re"))
    assert len(found) == 20
    scores = [s for s, _ in found]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1.0001 for s in scores)
    listed = cues.words("statements", "speech_verbs")
    assert not any(w in listed for _, w in found)
    assert all(w.endswith(("er", "ir", "re")) for _, w in found)
