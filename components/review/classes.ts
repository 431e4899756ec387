// Shared by the review forms (server components); kept out of the client module so they stay plain strings.
export const fieldClass = 'mt-1 block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-blue-500 focus:ring-blue-500';
export const labelClass = 'block text-sm font-medium text-gray-700';
