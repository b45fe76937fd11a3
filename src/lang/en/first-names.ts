import { FEMALE_NAMES, MALE_NAMES } from '../xx/first-names.js';

const list = (s: string) => s.split(/\s+/u).filter(Boolean);

/** Given names by gender: the shared list and names common in Britain, Ireland, North America, Australia and anglophone Africa. */
export const firstNames = {
  female: new Set([...FEMALE_NAMES, ...list(`
    abigail ashley brittany chelsea courtney crystal danielle ebony gemma hayley holly jade jodie kayleigh
    kirsty leanne lindsay mandy melanie nicola shannon siobhan stacey tracey tracy vicky zoe zoë
    priyanka shirley joyce judith gloria janice kathy marilyn maureen norma theresa carolyn
  `)]),
  male: new Set([...MALE_NAMES, ...list(`
    barry colin craig darren dean derek duncan gavin graham ian kieran liam neil nigel rhys ross shane
    stuart trevor wayne connor declan fergus hamish callum angus
  `)]),
};
