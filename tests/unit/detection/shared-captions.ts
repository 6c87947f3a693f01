// Captions written for the tests, read by more than one test file: each file asks its own
// question of the same sentences (what level they are covered at; which lexicon section does it).

/** A toll first, then a sentence opening with the word for "above" that shows a wound. */
export const ABOVE_AFTER_A_TOLL: [string, string][] = [
  ['en', 'Thirty-five people died and 125 have been injured after a suicide bomb was detonated outside a bank. Above, a man leads an injured boy by the hands after the attack.'],
  ['fr', "Trente-cinq personnes sont mortes dans l'attentat. Ci-dessus, un homme blessé à la tête est aidé par des passants."],
  ['es', 'Treinta y cinco personas murieron en el atentado. Arriba, un hombre herido en la cabeza recibe ayuda.'],
  ['ru', 'Тридцать пять человек погибли при теракте. Выше: раненый в голову мужчина получает помощь.'],
  ['uk', "Тридцять п'ять людей загинули під час теракту. Вище: поранений у голову чоловік отримує допомогу."],
  ['tr', 'Saldırıda otuz beş kişi öldü. Yukarıda, başından yaralanan bir adama yardım ediliyor.'],
  ['ar', 'قتل خمسة وثلاثون شخصا في الهجوم. أعلاه، رجل مصاب في رأسه يتلقى المساعدة.'],
];

/** Harm named first, then the photograph dated or sourced ("in an undated photo", "aile fotoğrafı"). */
export const HARM_IN_A_DATED_PHOTOGRAPH: [string, string][] = [
  ['en', 'A naked detainee at Abu Ghraib prison near Baghdad, in an undated photo.'],
  ['es', 'Cadáveres de civiles en una calle de Bucha, en una foto sin fecha.'],
  ['fr', 'Des cadavres dans une rue de Boutcha, sur une photo non datée.'],
  ['de', 'Leichen in einer Straße in Butscha, auf einem undatierten Foto.'],
  ['ru', 'Трупы расстрелянных на улице, фото из семейного архива.'],
  ['uk', 'Трупи розстріляних на вулиці, фото з сімейного архіву.'],
  ['tr', 'Sokakta kurşuna dizilenlerin cesetleri, aile fotoğrafı.'],
  ['ar', 'جثث القتلى في الشارع، صورة عائلية.'],
];
