import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../utils/detection/guess-language';

describe('guessLanguage', () => {
  it.each([
    ['en', 'The bodies of the detainees were returned to their families, and the government has denied that torture takes place in its prisons.'],
    ['fr', 'Les corps des détenus ont été rendus à leurs familles, et le gouvernement dément que la torture soit pratiquée dans les prisons.'],
    ['es', 'Los cuerpos de los detenidos fueron entregados a sus familias, y el gobierno niega que la tortura se practique en las cárceles.'],
    ['de', 'Die Leichen der Häftlinge wurden den Familien übergeben, und die Regierung bestreitet, dass in den Gefängnissen gefoltert wird.'],
    ['tr', 'Tutukluların cesetleri ailelerine teslim edildi ve hükümet bu cezaevlerinde işkence yapıldığını da reddediyor, ancak tanıklar bir çok şey anlattı.'],
    ['ru', 'Тела задержанных были переданы семьям, а власти отрицают, что в тюрьмах применяются пытки. Это вызывает вопросы.'],
    ['uk', 'Тіла затриманих були передані родинам, а влада заперечує, що у в’язницях застосовують катування. Це викликає питання.'],
    ['ar', 'سُلّمت جثث المعتقلين إلى عائلاتهم، وتنفي الحكومة وجود تعذيب في سجونها، بينما يؤكد الناجون ذلك.'],
  ])('%s', (lang, text) => {
    expect(guessLanguage(text)?.lang).toBe(lang);
  });

  it('declines to guess on too little text', () => {
    expect(guessLanguage('Marine Corps')).toBeNull();
  });
});
