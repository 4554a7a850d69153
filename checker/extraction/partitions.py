"""Parts of a whole that the text names one figure at a time, in the sentence of the whole or
in the one or two after it: "International passenger numbers were 8.1 million. Domestic
passenger numbers, at 5.3 million, ..." after "overall passenger numbers rose to 13.4
million"; "Liabilities rose to $62 trillion ... Owners' equity was $48 trillion" after
"$110 trillion worth of assets".

Two kinds of partition are read: the complete partitions of the lexicon (urban and rural,
domestic and international, central and local), whose whole is the nearest level before them
named in the words the parts share ("retail sales" for "retail sales in urban areas" and
"retail sales in rural areas"); and the wholes the lexicon names with their parts
(`lexicon.SPLIT_WHOLES`: assets, liabilities and equity). Every member must be named by
exactly one figure, of the whole's unit, so that the parts are all the whole's parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import context as cx
from . import lexicon as lx
from .link_patterns import SentenceReading, is_amount
from .prefilter import Prefiltered

# (the words naming the whole, or None when the parts' shared words name it; the members)
PARTITIONS: tuple[tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]], ...] = (
    *((None, members) for members in lx.COMPLETE_PARTITIONS),
    *lx.SPLIT_WHOLES,
)


def ratios_of(partition: int) -> list[tuple[re.Pattern[str], int]]:
    """The ratios the lexicon names as the share of a member in the whole of a partition
    (`lexicon.NAMED_SHARES_OF_SPLIT_WHOLES`): (the words naming the ratio, the member)."""
    split = partition - len(lx.COMPLETE_PARTITIONS)
    return [
        (words, member)
        for words, whole, member in lx.NAMED_SHARES_OF_SPLIT_WHOLES
        if whole == split
    ]


# Where a member's name can begin: every member pattern starts at a word's first letter
# (`\b`) or at a Chinese character (tests/test_extraction_partitions.py holds them to it).
MEMBER_START = r"(?:(?<![A-Za-z0-9_])(?=[A-Za-z])|(?=[\u3400-\u9fff]))"
# any member of any partition: most figures' words name none, and one search says so (the
# start tried first, so that no alternative is tried inside a word)
_ANY_MEMBER = Prefiltered(
    re.compile(
        MEMBER_START
        + "(?:"
        + "|".join(f"(?:{member.pattern})" for _, members in PARTITIONS for member in members)
        + ")",
        re.IGNORECASE,
    )
)


@dataclass(frozen=True)
class MemberLevel:
    """A level whose words name one member of a partition: its sentence and mention index."""

    sentence: int
    mention: int
    partition: int
    member: int


def members_named(reading: SentenceReading, text: str) -> list[MemberLevel]:
    """The levels of the sentence whose words (from the level before, or the sentence's start)
    name exactly one member of a partition."""
    found = []
    start = reading.start
    for position in range(len(reading.mentions)):
        if not is_amount(reading, position):
            continue
        mention = reading.mentions[position]
        words = text[start : mention.start]
        start = mention.end
        if not _ANY_MEMBER.search(words):
            continue
        for number, (_, members) in enumerate(PARTITIONS):
            named = [m for m, member in enumerate(members) if member.search(words)]
            if len(named) == 1:
                found.append(
                    MemberLevel(reading.index, reading.indices[position], number, named[0])
                )
    return found


def complete_members(recent: list[MemberLevel], sentence: int) -> list[tuple[int, list[int]]]:
    """The partitions whose every member the recent levels name exactly once, one of them in
    `sentence` (so each is found once, when its last member comes): (partition, the mention of
    each member in order)."""
    complete = []
    for number in sorted({level.partition for level in recent if level.sentence == sentence}):
        members = PARTITIONS[number][1]
        named = [level for level in recent if level.partition == number]
        by_member = [[lv.mention for lv in named if lv.member == m] for m in range(len(members))]
        if all(len(mentions) == 1 for mentions in by_member):
            parts = [mentions[0] for mentions in by_member]
            if len(set(parts)) == len(parts):
                complete.append((number, parts))
    return complete


def naming_words(text: str, partition: int) -> frozenset[str]:
    """The words of a phrase that name a quantity, less the partition's member words, each in
    its singular ("passenger numbers" and "passenger number" are one name)."""
    for member in PARTITIONS[partition][1]:
        text = member.sub(" ", text)
    return frozenset(
        _singular(re.sub(r"['’]s$", "", word.lower()))
        for word in cx.split_words(text)
        if not cx.is_stop(word)
        and word.lower() not in lx.VERBS
        and word.lower() not in lx.CHANGE_WORDS
        and word.lower() not in lx.TIME_NOUNS
        and not word[:1].isdigit()
        and word[:1].isalnum()
    )


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def shared_name(partition: int, part_phrases: list[str]) -> frozenset[str]:
    """What the parts' phrases share once their member words are taken out: the words of them
    all ("passenger numbers"); in Chinese, whose words run together, the last two characters
    of the ending they share (收入 of 中央级收入 and 地方级收入), as a one-word set."""
    if any(_HAN.search(phrase) for phrase in part_phrases):
        names = [_tail(phrase, partition) for phrase in part_phrases]
        ending = names[0]
        for name in names[1:]:
            while ending and not name.endswith(ending):
                ending = ending[1:]
        return frozenset({ending[-2:]}) if len(ending) >= 2 else frozenset()
    shared = frozenset.intersection(*(naming_words(phrase, partition) for phrase in part_phrases))
    # a place the parts share ("exports to Asia", "imports from Asia") names no quantity
    places = {
        _singular(found.group(0).lower())
        for phrase in part_phrases
        for found in _PLACE_NAME.finditer(phrase)
        if phrase[: found.start()].strip()
    }
    return shared - places


_HAN = re.compile(r"[\u4e00-\u9fff]")
_TOTAL_MARK = re.compile("[总總]")
_PLACE_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’]*")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*")
_NOT_HAN_TAIL = re.compile(r"[^\u4e00-\u9fff]+$")


def _tail(phrase: str, partition: int) -> str:
    """A Chinese phrase up to its last character, with the partition's members taken out."""
    for member in PARTITIONS[partition][1]:
        phrase = member.sub("", phrase)
    return _NOT_HAN_TAIL.sub("", phrase)


def names_whole(partition: int, phrase: str, near: str, shared: frozenset[str]) -> bool:
    """Whether a level's phrase names the whole of the partition: in the lexicon's words for
    it, or, for a complete partition, by what its parts' names share (`shared_name`: two of
    its words, or all when they share one; the Chinese ending within the phrase). The words
    nearest the level (`near`) must name no member of any partition (a part is no whole)."""
    whole, _ = PARTITIONS[partition]
    if any(member.search(near) for _, members in PARTITIONS for member in members):
        return False
    # "女性13000人，占总人口的48%": the population those words name is the share's whole
    phrase = lx.CJK_SHARE_OF_WHOLE_RE.sub(" ", phrase)
    if lx.BALANCE_RE.search(phrase):
        return False  # a trade surplus, a balance of trade: the gap of the parts, not their sum
    if lx.RATIO_NAMED_BEFORE_RE.search(near):
        return False  # a sex ratio of 112.9 after the population's figures: no count's total
    if whole is not None:
        return bool(whole.search(phrase))
    if lx.BEYOND_PARTITIONS_RE.search(phrase):
        return False  # a whole with a part no complete partition holds (households' power)
    if len(shared) == 1 and _HAN.search(next(iter(shared))):
        # 总 marks the total of what its parts name: 零售总额 is the whole of 城镇零售额
        return next(iter(shared)) in _TOTAL_MARK.sub("", phrase)
    words = naming_words(phrase, partition)
    return bool(shared) and len(words & shared) >= min(2, len(shared))


def proper_names(phrase: str, partition: int, opens_sentence: bool) -> set[str]:
    """The capitalised names of a part's phrase ("at Edinburgh", "of the central SOEs"), less
    its members, words of time and the words a sentence opens on: the place or body the part
    is of, which the whole's sentence must name too (Glasgow's passengers are no whole of
    Edinburgh's)."""
    for member in PARTITIONS[partition][1]:
        phrase = member.sub(" ", phrase)
    names = set()
    for found in _CAPITALISED.finditer(phrase):
        word = found.group(0)
        if opens_sentence and not phrase[: found.start()].strip():
            continue
        if word in lx.NOT_ENTITIES or word.lower() in lx.TIME_NOUNS:
            continue
        names.add(re.sub(r"['’]s?$", "", word))
    return names


_OPENING_TIME = re.compile(
    r"^\W*(?:in|during|for|over|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+(?P<time>[^,;:.\d]{3,40}?)\s*,",
    re.IGNORECASE,
)


def cjk_time_before(words: str) -> str | None:
    """The last Chinese time phrase in the words before a figure (一季度, 3月份, 1—6月份),
    written one way (3月 for 3月份, one dash), or None."""
    found = lx.CJK_CLAUSE_TIME_RE.findall(words)
    if not found:
        return None
    return re.sub(r"\s*[-—－–至到~～]\s*", "-", found[-1]).replace("份", "")


def opening_time(sentence: str) -> str | None:
    """The time phrase a sentence opens on when it gives no year ("In the first half, ..."),
    lowercased: the whole of that time is the one whose sentence names it with its year."""
    found = _OPENING_TIME.match(sentence)
    if found is None:
        return None
    words = found.group("time").lower().split()
    return " ".join(words) if any(word in lx.TIME_NOUNS for word in words) else None
